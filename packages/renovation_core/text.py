"""Which characters a recorded text may hold.

Names, references and notes are read back on screens, in spreadsheets and by other systems. A
control character shows as nothing there, or breaks the file outright: XML, and so XLSX, cannot
hold most of C0, PostgreSQL cannot store NUL, and a terminal obeys an escape sequence; a
bidirectional override makes a name read as another. So a text holds no C0 or C1 control
character, no bidirectional control (Unicode's Bidi_Control: the marks U+061C, U+200E, U+200F,
the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069), no half of a
surrogate pair and neither of the non-characters U+FFFE and U+FFFF; a field that allows line
breaks (a note, a reason) may hold line feed, carriage return, tab and the Unicode line and
paragraph separators.

The rule is applied where text comes in (the API's fields, imported cells, data files). Text
recorded before it existed is shown with :func:`visible` wherever it is written out.
"""

import re

# What no text holds, and what only a text of several lines holds: as regex classes that read
# the same in Python and in the ECMA-262 dialect of JSON Schema. The published patterns leave
# out the halves of surrogate pairs, which no JSON or UTF-8 text can carry and which regex
# engines that work on characters refuse to name; and they end with "not followed by
# anything", since Python's "$" also matches before a final line feed.
_NEVER = (
    r"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E"
    r"\u2066-\u2069\uFFFE\uFFFF"
)
_HALVES = r"\uD800-\uDFFF"
_BREAKS = r"\u0009\u000A\u000D\u2028\u2029"
_END = r"(?![\s\S])"


def line_pattern(also_refused: str = "") -> str:
    """The pattern of one line of text, refusing ``also_refused`` (regex class members) too."""
    return f"^[^{_NEVER}{_BREAKS}{also_refused}]*{_END}"


LINE_PATTERN = line_pattern()
LINES_PATTERN = f"^[^{_NEVER}]*{_END}"

_LINE = re.compile(f"[{_NEVER}{_HALVES}{_BREAKS}]")
_LINES = re.compile(f"[{_NEVER}{_HALVES}]")
# Control Pictures (U+2400–U+2421) show C0 and DEL for what they are.
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}


def problem(text: str, *, lines: bool = False) -> str | None:
    """Why ``text`` may not be recorded, naming its first character at fault and where it is
    (counted from 1); None when it may. ``lines``: the field allows line breaks and tabs."""
    found = (_LINES if lines else _LINE).search(text)
    if found is None:
        return None
    return f"character {found.start() + 1} is {_describe(found.group())}, which a text may not hold"


def _describe(char: str) -> str:
    code = ord(char)
    if char in "\t\n\r\u2028\u2029":
        kind = "a line break or tab (this field is one line)"
    elif code in (0x061C, 0x200E, 0x200F) or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        kind = "a bidirectional formatting character (it reorders what is shown)"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "half of a surrogate pair"
    elif code in (0xFFFE, 0xFFFF):
        kind = "not a character"
    else:
        kind = "a control character"
    return f"U+{code:04X}, {kind}"


def visible(text: str) -> str:
    """``text`` as it may be written out: C0 and DEL as their control pictures (ESC as ␛),
    anything else the rule refuses as U+FFFD; line breaks and tabs kept."""
    if _LINES.search(text) is None:
        return text
    return _LINES.sub(lambda m: _PICTURES.get(ord(m.group()), "\ufffd"), text)
