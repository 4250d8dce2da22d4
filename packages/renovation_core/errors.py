"""Errors the core raises when data cannot form a valid programme.

Invalid *shape* (a wrong type, a missing field, a negative count, a reference to a district the
programme lacks) is an error: nothing sensible can be built from it. Inconsistent *numbers*
(targets that do not add up) are findings of :mod:`renovation_core.consistency`, never errors,
because published plans do contain them and users must still be able to load and inspect them.
"""

from collections.abc import Sequence

import attrs


@attrs.frozen(kw_only=True)
class FieldError:
    """One thing wrong with the input, located by a JSONPath-like ``path``
    (``$.compounds[3].households``)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class FieldValueError(ValueError):
    """A field's value breaks an invariant; validators raise it so the loader can name the field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class DataError(ValueError):
    """Input data that cannot form a valid programme; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = tuple(errors)
        lines = "\n".join(f"  {error}" for error in self.errors)
        super().__init__(f"{len(self.errors)} problem(s) in the programme data:\n{lines}")


class RuleViolation(ValueError):
    """A command the record's current state refuses (building before the design is approved,
    accepting with hazards open): nothing changed. ``rule`` is a stable slug clients may switch
    on; ``allowed`` lists what the record does allow next, where that helps."""

    def __init__(
        self,
        rule: str,
        message: str,
        errors: Sequence[FieldError] = (),
        allowed: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.rule, self.message = rule, message
        self.errors, self.allowed = tuple(errors), tuple(allowed)
