"""The portal's command line: build, publish, check, new content, preview, git hook.

Each command is one module of ``portal.commands`` with a ``main(argv)``;
``python -m portal <orden>`` runs one (the Makefile's targets do). The
Pelican plugins that do the work are the packages in ``plugins/``; both are
installed into the project's virtualenv (``pyproject.toml``).
"""
