"""Read seed documents: bytes → text with a known encoding, or a one-line DocumentError.

Offsets: every ``char_start``/``char_end`` in the tables indexes ``SourceText.text``, the file's
decoded text kept exactly as decoded (CRLF line endings and full-width characters are *not*
normalised; a UTF-8 BOM is not part of the text). For matching, :func:`fold` gives a copy of the
text with the same length in which full-width digits, letters and punctuation, ``\\r``, NBSP and
the ideographic space are replaced one character for one character, so an offset found in the
folded text is the same offset in the original.

Supported: plain text in UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030 (a superset
of GBK and GB2312). Refused with a clear reason: empty files, binary files, truncated or
undecodable text, Word/PDF/HTML/spreadsheet/archive files, and files larger than
:data:`MAX_BYTES` (8 MiB — a district work plan is 10–100 kB; a larger ``.txt`` is almost
certainly not a single document, and refusing it keeps memory and time bounded).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kewei.errors import DocumentError

MAX_BYTES = 8 * 1024 * 1024

# Files in a seeds folder that are metadata or notes, never documents.
_NOT_DOCUMENTS = {"SHA256SUMS", "sources.yml", "sources.yaml"}

# Extensions we know are not plain text (checked before the magic bytes).
_UNSUPPORTED_EXT = {
    ".docx": "Word .docx files are not supported (save the document as UTF-8 plain text)",
    ".doc": "Word .doc files are not supported (save the document as UTF-8 plain text)",
    ".wps": "WPS files are not supported (save the document as UTF-8 plain text)",
    ".pdf": "PDF files are not supported (extract the text to a UTF-8 .txt file)",
    ".html": "HTML pages are not supported (save the page text as a UTF-8 .txt file)",
    ".htm": "HTML pages are not supported (save the page text as a UTF-8 .txt file)",
    ".xls": "spreadsheets are not supported",
    ".xlsx": "spreadsheets are not supported",
    ".rtf": "RTF files are not supported (save the document as UTF-8 plain text)",
    ".odt": "OpenDocument files are not supported (save the document as UTF-8 plain text)",
    ".zip": "archives are not supported",
    ".gz": "archives are not supported",
    ".png": "images are not supported",
    ".jpg": "images are not supported",
    ".jpeg": "images are not supported",
}

_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF file, not plain text (extract the text to a UTF-8 .txt file)"),
    (b"PK\x03\x04", "a ZIP container (e.g. Word .docx), not plain text"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (e.g. Word .doc), not plain text"),
    (b"{\\rtf", "an RTF file, not plain text"),
    (b"\x89PNG", "a PNG image, not a text document"),
    (b"\xff\xd8\xff", "a JPEG image, not a text document"),
    (b"\x1f\x8b", "a gzip archive, not a text document"),
]
_HTML_RE = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)

# One character for one character, so offsets survive: full-width ASCII (U+FF01..FF5E) → ASCII,
# ideographic space / NBSP / CR → space.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x0D: 0x20})


def _error(path: Path, code: str, reason: str) -> DocumentError:
    """A DocumentError carrying a short machine-readable ``code`` for the problems table."""
    err = DocumentError(path, reason)
    err.code = code  # type: ignore[attr-defined]
    return err


def error_code(err: DocumentError) -> str:
    """The problem code of a DocumentError raised here (``unreadable`` otherwise)."""
    return getattr(err, "code", "unreadable")


@dataclass(frozen=True)
class SourceText:
    """A decoded document. ``text`` is what every offset in the tables indexes."""

    path: Path
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16" or "gb18030"
    sha256: str  # of the file's bytes
    size: int  # bytes

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def crlf(self) -> bool:
        return "\r\n" in self.text


def fold(text: str) -> str:
    """Same-length copy for matching: full-width → half-width, CR/NBSP/U+3000 → space."""
    return text.translate(_FOLD)


def is_document_name(path: Path) -> bool:
    """True for files in a seeds folder that should be read as documents."""
    name = path.name
    if name.startswith(".") or name.startswith("~$") or name in _NOT_DOCUMENTS:
        return False
    if name.upper().startswith("README"):
        return False
    return not name.endswith(("~", ".swp", ".tmp"))


def iter_seed_files(directory: Path) -> Iterator[Path]:
    """The document files in ``directory`` (not recursive), sorted by name."""
    for p in sorted(Path(directory).iterdir(), key=lambda q: q.name):
        if p.is_file() and is_document_name(p):
            yield p


def _looks_like_text(text: str) -> bool:
    """Heuristic for a decoded GB18030 candidate: mostly CJK, ASCII and punctuation."""
    if not text:
        return False
    bad = 0
    for ch in text:
        cp = ord(ch)
        if ch in "\t\n\r\f":
            continue
        if cp < 0x20 or 0x7F <= cp < 0xA0:
            bad += 1
        elif 0xE000 <= cp <= 0xF8FF or 0xF0000 <= cp:  # private use: GB18030 of junk
            bad += 1
    return bad <= max(2, len(text) // 1000)


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Bytes → (text, encoding name) or DocumentError with the reason."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise _error(path, "undecodable", _utf8_reason(err, data[3:])) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _error(path, "undecodable", "UTF-16 text is truncated or corrupt") from None
    if b"\x00" in data[:65536]:
        raise _error(path, "binary", "binary file (contains NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            raise _error(path, "truncated", _utf8_reason(err, data)) from None
        utf8_err = err
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as err:
        raise _error(
            path,
            "undecodable",
            f"not valid UTF-8 (byte {utf8_err.start}) nor GB18030 (byte {err.start}): "
            "undecodable or truncated text",
        ) from None
    if not _looks_like_text(text):
        raise _error(
            path, "binary", "binary or undecodable content (neither UTF-8 nor GB18030 text)"
        )
    return text, "gb18030"


def _utf8_reason(err: UnicodeDecodeError, data: bytes) -> str:
    if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
        return f"truncated UTF-8 text (incomplete character at byte {err.start} of {len(data)})"
    return f"not valid UTF-8 (invalid byte at {err.start})"


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read one document; raise DocumentError (one line: ``file: reason``) if it cannot be used."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext in _UNSUPPORTED_EXT:
        raise _error(path, "unsupported_format", _UNSUPPORTED_EXT[ext])
    try:
        size = path.stat().st_size
    except OSError as err:
        raise _error(path, "unreadable", f"cannot read file ({err.strerror})") from None
    if size == 0:
        raise _error(path, "empty", "empty file")
    if size > max_bytes:
        raise _error(
            path,
            "too_large",
            f"file is {size / 1048576:.1f} MiB, above the {max_bytes // 1048576} MiB limit "
            "for one document (split it or check it is really a single document)",
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _error(path, "unreadable", f"cannot read file ({err.strerror})") from None
    head = data[:16]
    for magic, reason in _MAGIC:
        if head.startswith(magic):
            raise _error(path, "unsupported_format", reason)
    probe = data[:1024]
    if probe.startswith(codecs.BOM_UTF8):
        probe = probe[3:]
    if _HTML_RE.match(probe):
        raise _error(
            path, "unsupported_format", "an HTML page, not plain text (save the text as .txt)"
        )
    text, encoding = decode(data, path)
    if not text.strip():
        raise _error(path, "empty", "empty file (only whitespace)")
    return SourceText(
        path=path,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=size,
    )


@dataclass(frozen=True)
class Problem:
    """One row of ``problems``: something a user should know about one input file."""

    source_file: str
    severity: str  # "error" (the file was not extracted) or "warning" (extracted, with a flag)
    code: str
    message: str

    def line(self) -> str:
        return f"{self.severity}: {self.source_file}: {self.message}"
