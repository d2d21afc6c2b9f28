"""deploy/nginx-portal.conf read as text: what nginx itself would not warn about."""

from __future__ import annotations

import re

import pytest

from nginx_support import DEPLOY, SECURITY_HEADERS

pytestmark = pytest.mark.unit


def test_every_location_repeats_all_security_headers():
    """nginx drops inherited add_header in a location with its own: all must repeat."""
    text = (DEPLOY / "nginx-portal.conf").read_text(encoding="utf-8")
    blocks = re.findall(r"\n(location [^{]+\{.*?)\n\}", text, flags=re.S)
    assert len(blocks) >= 5
    for block in blocks:
        if "add_header" not in block.split("\n    location")[0]:
            continue
        for name, value in SECURITY_HEADERS.items():
            assert f'add_header {name} "{value}" always;' in block, (name, block[:60])
