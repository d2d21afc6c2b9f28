"""Settings for the public site (``make publish``): absolute URLs, embargo on,
drafts never written. Everything else is ``pelicanconf.py``'s."""

import os
import runpy

_preview = runpy.run_path(  # lower case: not a setting
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "pelicanconf.py")
)
globals().update({name: value for name, value in _preview.items() if name.isupper()})

SITEURL = PORTAL_URL  # noqa: F821
RELATIVE_URLS = False
EMBARGO = True
DRAFT_SAVE_AS = ""
DRAFT_URL = ""
DRAFT_PAGE_SAVE_AS = ""  # draft pages are never published either
DRAFT_PAGE_URL = ""
DELETE_OUTPUT_DIRECTORY = True
