"""Text in CSV files as spreadsheets take it: a cell a spreadsheet would run as a formula is
written after an apostrophe (the OWASP advice for CSV), as is one that begins with an
apostrophe itself; reading, a leading apostrophe marks text, as a spreadsheet takes it, and is
not part of it. So an export imports again as the same register, whatever its names (one
beginning with "=" too: marked text is never a formula)."""

from renovation_core.register.inventory import Text

# What a formula may begin with, and the mark itself.
_MARKED = ("=", "+", "-", "@", "\t", "\r", "'")


def escaped(text: str) -> str:
    """``text`` as a CSV cell: after an apostrophe where a spreadsheet would run it."""
    return "'" + text if text.startswith(_MARKED) else text


def unescaped(cell: str) -> str:
    """A CSV cell's text: without the apostrophe that marks it as text, and known as text."""
    return Text(cell[1:]) if cell.startswith("'") else cell
