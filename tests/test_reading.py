"""reading.py: encodings, offsets and refusals."""

from __future__ import annotations

import codecs

import pytest

from kewei.errors import DocumentError, KeweiError
from kewei.reading import MAX_BYTES, error_code, fold, read_document

TEXT = "松江区科学技术委员会２０２４年工作要点\n高新技术企业达到3000家，（一）"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    p = tmp_path / "doc.txt"
    p.write_bytes(data)
    src = read_document(p)
    assert src.text == TEXT and src.encoding == encoding
    assert src.size == len(data) and len(src.sha256) == 64


def test_crlf_kept_exactly(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(TEXT.replace("\n", "\r\n").encode())
    src = read_document(p)
    assert src.text == TEXT.replace("\n", "\r\n") and src.crlf
    i = src.text.index("3000家")
    assert src.text[i : i + 5] == "3000家"


def test_fold_keeps_length_and_maps_fullwidth():
    assert fold("２０２４年（一）\r\n\u3000") == "2024年(一) \n "
    assert len(fold(TEXT)) == len(TEXT)


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("e.txt", b"", "empty", "empty"),
        ("w.txt", b" \n\t\n", "empty", "empty"),
        ("b.txt", b"\x00\x01\x02binary", "binary", "binary"),
        ("t.txt", "工作要点".encode()[:-1], "truncated", "truncated"),
        ("u.txt", b"abc\xff\x80\xffdef", "undecodable", "UTF-8"),
        ("x.docx", b"PK\x03\x04", "unsupported_format", "Word"),
        ("x.pdf", b"%PDF-1.4", "unsupported_format", "PDF"),
        ("x.html", b"<html></html>", "unsupported_format", "HTML"),
        ("zip.txt", b"PK\x03\x04rest", "unsupported_format", "ZIP"),
        ("pdf.txt", b"%PDF-1.4 rest", "unsupported_format", "PDF"),
        ("h.txt", b"  <!DOCTYPE html><html>", "unsupported_format", "HTML"),
    ],
)
def test_refusals_are_one_line_naming_the_file(tmp_path, name, data, code, words):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(DocumentError) as exc:
        read_document(p)
    msg = str(exc.value)
    assert msg.startswith(f"{name}: ") and "\n" not in msg and words in msg
    assert error_code(exc.value) == code
    assert isinstance(exc.value, KeweiError)


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes("工作要点\n".encode() * 100)
    with pytest.raises(DocumentError, match="limit"):
        read_document(p, max_bytes=100)
    assert read_document(p).size == p.stat().st_size
    assert MAX_BYTES >= 1024 * 1024
