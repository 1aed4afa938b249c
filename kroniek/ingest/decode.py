"""Bytes to str: refuse binary data, then decode UTF-8, UTF-16 or the Western 8-bit encodings."""

from __future__ import annotations

import codecs

from ..errors import BinaryInputError, EmptyInputError

_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def is_binary(head: bytes) -> bool:
    """Say whether the first bytes of an input are binary data rather than text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls > max(4, len(head) // 50)


def decode_bytes(raw: bytes, source: str) -> tuple[str, str]:
    """Decode an input's bytes; return the text and the encoding used.

    Order: a byte-order mark; strict UTF-8; then, since text that is not UTF-8 in a Dutch corpus
    is nearly always Windows-1252 (Latin-1 plus „ ” ‘ ’ – € in 0x80-0x9F), charset-normalizer
    decides only when it is confident of something else; Latin-1 is the last resort that never fails.
    """
    if not raw.strip():
        raise EmptyInputError(source, "the input is empty", "give a file with text in it")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    if is_binary(raw[:8192]):
        raise BinaryInputError(
            source,
            "this is binary data, not text",
            "give a text, HTML, Markdown, PDF, RSS/Atom or JSONL file",
        )
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _charset_guess(raw)
    if guess and guess not in (
        "cp1252",
        "windows-1252",
        "latin_1",
        "iso8859_1",
        "iso8859_15",
        "ascii",
    ):
        try:
            return raw.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes unassigned; Latin-1 maps every byte.
        return raw.decode("latin-1"), "latin-1"


def _charset_guess(raw: bytes) -> str | None:
    """Return charset-normalizer's encoding when it is sure and the text is not Western 8-bit."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(raw[:200_000]).best()
    if best is None or best.chaos > 0.1:
        return None
    # Short Dutch texts are often "detected" as cp1250, mac_roman or cp1257 with equal coherence;
    # only trust encodings for scripts that cp1252 cannot read.
    if best.encoding in (
        "utf_8",
        "utf_16",
        "utf_32",
        "koi8_r",
        "cp1251",
        "big5",
        "gb2312",
        "gb18030",
        "shift_jis",
        "euc_jp",
        "euc_kr",
        "cp1253",
        "iso8859_7",
        "cp1256",
        "cp1255",
    ):
        return best.encoding
    return None
