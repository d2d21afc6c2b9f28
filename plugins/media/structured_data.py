"""schema.org VideoObject / AudioObject of a recording page (JSON-LD).

Built like ``presentation.structured_data`` (plain dicts, the site's
identity passed in, serialised there by ``json_ld``): name, description,
thumbnail, upload date, ISO 8601 duration, the file, the transcript and
one ``Clip`` per chapter: the page's URL with ``#t=SECONDS``, which the
page's script (theme/static/js/media.js) turns into a seek.
"""

from __future__ import annotations

from presentation.structured_data import CONTEXT, LANGUAGE, SiteIdentity

from .display import fragment_seconds


def iso_duration(seconds: float) -> str:
    """``PT6M58S``, ``PT1H2M3S``, ``PT0S``: whole seconds, zero units left out."""
    total = max(0, int(seconds + 0.5))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if secs or text == "PT":
        text += f"{secs}S"
    return text


def _thumbnail(site: SiteIdentity, picture) -> list[str]:
    return [site.link(picture.url(r)) for r in picture.jpegs] if picture else []


def media_object(site: SiteIdentity, recording, license_text: str) -> dict:
    """The recording's page as a VideoObject or an AudioObject."""
    web = recording.rendition("web")
    page = site.link(recording.url)
    data = {
        "@context": CONTEXT,
        "@type": "VideoObject" if recording.media == "video" else "AudioObject",
        "name": recording.title,
        "description": recording.summary,
        "url": page,
        "uploadDate": recording.date.isoformat(),
        "dateModified": recording.updated.isoformat(),
        "duration": iso_duration(recording.duration),
        "inLanguage": LANGUAGE,
        "genre": recording.kind_name,
        "creditText": recording.credit,
        "copyrightNotice": license_text,
        "publisher": site.publisher(),
    }
    picture = recording.poster if recording.media == "video" else recording.waveform
    thumbnails = _thumbnail(site, picture)
    if thumbnails:
        data["thumbnailUrl"] = thumbnails
    if web is not None:
        data["contentUrl"] = site.link(web.url)
        data["encodingFormat"] = web.mime
        data["contentSize"] = f"{web.size} B"
        if web.width and web.height and recording.media == "video":
            data["width"] = web.width
            data["height"] = web.height
    if recording.place:
        data["locationCreated"] = {"@type": "Place", "name": recording.place}
    if recording.speakers:
        data["actor" if recording.media == "video" else "contributor"] = [
            {"@type": "Person", "name": name} for name in recording.speakers
        ]
    if recording.transcript_text:
        data["transcript"] = recording.transcript_text
    if recording.chapters:
        ends = [c.start for c in recording.chapters[1:]] + [recording.duration]
        data["hasPart"] = [
            {
                "@type": "Clip",
                "name": chapter.title,
                "startOffset": int(chapter.start),
                "endOffset": int(end + 0.5),
                "url": f"{page}#t={fragment_seconds(chapter.start)}",  # media.js seeks
            }
            for chapter, end in zip(recording.chapters, ends, strict=True)
        ]
    return data
