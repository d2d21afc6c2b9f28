"""A bulletin's body made fit for a mail client: every element styled inline.

Mail clients drop <style> and external CSS (Gmail keeps little else, Outlook
renders with Word), so each tag the Markdown can produce gets its style in a
``style`` attribute, classes and ids go (they mean nothing there), links and
images become absolute, and wide content (tables, images) is held to the
600 px column.
"""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html

FONT = "font-family:Arial,Helvetica,sans-serif;"
TEXT = "#1f1f1f"
LINK = "#691c32"  # the portal's guinda: 9.6:1 on white

STYLES = {
    "p": f"{FONT}margin:0 0 16px;font-size:16px;line-height:1.5;color:{TEXT};",
    "h2": f"{FONT}margin:24px 0 8px;font-size:20px;line-height:1.3;color:{TEXT};",
    "h3": f"{FONT}margin:20px 0 8px;font-size:18px;line-height:1.3;color:{TEXT};",
    "h4": f"{FONT}margin:16px 0 8px;font-size:16px;line-height:1.3;color:{TEXT};",
    "ul": f"{FONT}margin:0 0 16px;padding-left:24px;font-size:16px;line-height:1.5;color:{TEXT};",
    "ol": f"{FONT}margin:0 0 16px;padding-left:24px;font-size:16px;line-height:1.5;color:{TEXT};",
    "li": "margin:0 0 6px;",
    "blockquote": f"margin:0 0 16px;padding:4px 0 4px 16px;border-left:4px solid {LINK};",
    "a": f"color:{LINK};text-decoration:underline;",
    "table": f"{FONT}width:100%;border-collapse:collapse;margin:0 0 16px;font-size:14px;color:{TEXT};",
    "caption": "text-align:left;font-weight:bold;padding:0 0 6px;",
    "th": "text-align:left;padding:6px 8px;border-bottom:2px solid #8a8a8a;background:#f3f1ee;",
    "td": "text-align:left;padding:6px 8px;border-bottom:1px solid #d0d0d0;vertical-align:top;",
    "img": "display:block;max-width:100%;height:auto;border:0;",
    "hr": "border:0;border-top:1px solid #d0d0d0;margin:24px 0;",
    "strong": "font-weight:bold;",
}
DROPPED = ("class", "id", "tabindex", "role", "aria-labelledby", "aria-label", "loading")


def for_mail(fragment: str, base_url: str) -> str:
    """``fragment`` (HTML of a bulletin's body) with inline styles and absolute
    addresses; ``base_url``: the bulletin's page, which relative links start from."""
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in DROPPED:
            element.attrib.pop(name, None)
        if element is not root and element.tag in STYLES:
            element.set("style", STYLES[element.tag])
        for attribute in ("href", "src"):
            value = element.get(attribute)
            if value and not value.startswith(("#", "mailto:", "tel:")):
                element.set(attribute, urljoin(base_url, value))
        if element.tag == "img":
            element.attrib.pop("srcset", None)
            element.attrib.pop("sizes", None)
            element.set("alt", element.get("alt", ""))
            if int(element.get("width") or 0) > 552:  # the column less its padding
                height = int(element.get("height") or 0)
                if height:
                    element.set(
                        "height", str(round(height * 552 / int(element.get("width"))))
                    )
                element.set("width", "552")
    inner = (root.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in root
    )
    return inner
