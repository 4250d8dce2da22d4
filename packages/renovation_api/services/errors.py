"""What a service refuses, besides the core's own refusals (``RuleViolation`` and friends).

The HTTP adapter answers each as its problem: 404, 412, 403.
"""

from collections.abc import Sequence


class NotFound(LookupError):
    """The thing does not exist, or not for this caller: outside its scope, a compound (and
    everything of it) does not exist."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} does not exist")
        self.what = what


class Changed(Exception):
    """The record is not at the revision the caller read (``If-Match``), or another write came
    between this one's read and its save: nothing was written; read again and retry."""

    def __init__(self, detail: str = "the resource changed while the request was processed"):
        super().__init__(detail)
        self.detail = detail


class OutsideScope(PermissionError):
    """The write would touch a compound outside the caller's scope. A compound on record
    there is refused in the same words as one the command would put there, never saying where
    it is. ``fields`` name what in the command is outside."""

    def __init__(self, detail: str, fields: Sequence[str] = ()) -> None:
        super().__init__(detail)
        self.detail, self.fields = detail, tuple(fields)


class NotPermitted(PermissionError):
    """The caller's role may do this kind of thing, but not this one (a city-wide act, another
    bureau's verdict); ``slug`` names the refusal where clients tell it apart."""

    def __init__(self, detail: str, slug: str = "forbidden") -> None:
        super().__init__(detail)
        self.detail, self.slug = detail, slug
