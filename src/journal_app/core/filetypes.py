"""What kind of file an evidence item is, as a person names it ("PDF document", "PNG image"),
not as a computer does ("application/pdf"); in the language in use."""

from __future__ import annotations

from journal_app.core.i18n import QT_TRANSLATE_NOOP, translate

KINDS = {
    "application/pdf": QT_TRANSLATE_NOOP("filetypes", "PDF document"),
    "image/png": QT_TRANSLATE_NOOP("filetypes", "PNG image"),
    "image/jpeg": QT_TRANSLATE_NOOP("filetypes", "JPEG image"),
    "image/gif": QT_TRANSLATE_NOOP("filetypes", "GIF image"),
    "image/svg+xml": QT_TRANSLATE_NOOP("filetypes", "SVG image"),
    "image/webp": QT_TRANSLATE_NOOP("filetypes", "WebP image"),
    "image/heic": QT_TRANSLATE_NOOP("filetypes", "HEIC photo"),
    "image/tiff": QT_TRANSLATE_NOOP("filetypes", "TIFF image"),
    "text/plain": QT_TRANSLATE_NOOP("filetypes", "Text file"),
    "text/markdown": QT_TRANSLATE_NOOP("filetypes", "Text file"),
    "text/csv": QT_TRANSLATE_NOOP("filetypes", "Spreadsheet (CSV)"),
    "text/html": QT_TRANSLATE_NOOP("filetypes", "Web page"),
    "application/msword": QT_TRANSLATE_NOOP("filetypes", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": QT_TRANSLATE_NOOP("filetypes", "Word document"),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("filetypes", "OpenDocument text"),
    "application/rtf": QT_TRANSLATE_NOOP("filetypes", "Rich text document"),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("filetypes", "Excel spreadsheet"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": QT_TRANSLATE_NOOP("filetypes", "Excel spreadsheet"),
    "application/vnd.oasis.opendocument.spreadsheet": QT_TRANSLATE_NOOP("filetypes", "OpenDocument spreadsheet"),
    "application/vnd.ms-powerpoint": QT_TRANSLATE_NOOP("filetypes", "PowerPoint presentation"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": QT_TRANSLATE_NOOP("filetypes", "PowerPoint presentation"),
    "application/vnd.oasis.opendocument.presentation": QT_TRANSLATE_NOOP("filetypes", "OpenDocument presentation"),
    "application/zip": QT_TRANSLATE_NOOP("filetypes", "ZIP archive"),
    "audio/mpeg": QT_TRANSLATE_NOOP("filetypes", "MP3 audio"),
    "audio/x-wav": QT_TRANSLATE_NOOP("filetypes", "WAV audio"),
    "audio/wav": QT_TRANSLATE_NOOP("filetypes", "WAV audio"),
    "video/mp4": QT_TRANSLATE_NOOP("filetypes", "MP4 video"),
    "video/quicktime": QT_TRANSLATE_NOOP("filetypes", "QuickTime video"),
    "message/rfc822": QT_TRANSLATE_NOOP("filetypes", "Email message"),
}
GENERAL = {
    "image": QT_TRANSLATE_NOOP("filetypes", "Image"),
    "audio": QT_TRANSLATE_NOOP("filetypes", "Audio"),
    "video": QT_TRANSLATE_NOOP("filetypes", "Video"),
    "text": QT_TRANSLATE_NOOP("filetypes", "Text file"),
}


def describe_media_type(media_type: str) -> str:
    """The kind of file, as a person names it; "File" when it is not known."""
    media_type = (media_type or "").split(";")[0].strip().lower()
    if media_type in KINDS:
        return translate("filetypes", KINDS[media_type])
    general = GENERAL.get(media_type.split("/")[0])
    return translate("filetypes", general or QT_TRANSLATE_NOOP("filetypes", "File"))
