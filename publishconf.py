"""Settings for the public site (``make publish``): absolute URLs, embargo on,
drafts never written."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = PORTAL_URL  # noqa: F405
RELATIVE_URLS = False
EMBARGO = True
DRAFT_SAVE_AS = ""
DRAFT_URL = ""
DRAFT_PAGE_SAVE_AS = ""  # draft pages are never published either
DRAFT_PAGE_URL = ""
DELETE_OUTPUT_DIRECTORY = True
