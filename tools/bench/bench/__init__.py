"""Helpers of ``tools/bench/bench_images.py``: a measurement tool, not a test.

- ``photos``: synthetic 12-megapixel camera JPEGs, made once and reused.
- ``measure``: run one tool in a fresh process; wall time, CPU and peak memory.
- ``sigal_env``: Sigal in its own virtualenv, and its configuration.
- ``child``: the process that runs our pipeline (``derive_all``) once.
- ``report``: the machine, the table (text and Markdown), the render profile.
"""
