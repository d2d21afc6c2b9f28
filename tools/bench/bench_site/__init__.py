"""Helpers of ``tools/bench/bench_site.py`` (``make bench``): a measurement, never a test.

- ``spanish``: Spanish press-office prose from a built-in vocabulary, seeded;
- ``pictures``: bulletin images and 12-megapixel gallery photos, every file
  with its own bytes (our image cache is keyed by content);
- ``corpus``, ``transparency``: the synthetic corpus in our content format;
- ``convert``: the same bulletins for stock Pelican and for Hugo;
- ``mutate``: the measured edits (edit, add a bulletin, add a photo), undone;
- ``runners``: one build of each tool, measured by ``bench/measure.py``;
- ``report``: the machine, the tables (text and Markdown), the ratios.
"""
