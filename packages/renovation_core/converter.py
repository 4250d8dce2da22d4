"""The one cattrs converter: data files ↔ domain objects, strictly.

Strict because the data is a government record: a number where text belongs, a float where money
belongs, a string where a list belongs or an unknown field are all mistakes to report, not to
coerce. Every failure becomes a :class:`~renovation_core.errors.FieldError` with its path.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeVar, get_origin

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from renovation_core.errors import DataError, FieldError, FieldValueError
from renovation_core.labels import Labelled

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)


def _integer(value: object, _: type) -> int:
    if type(value) is not int:
        raise TypeError(f"must be an integer, got {_shown(value)}")
    return value


def _string(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"must be a string, got {_shown(value)}")
    return value


def _boolean(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"must be true or false, got {_shown(value)}")
    return value


def _decimal(value: object, _: type) -> Decimal:
    if isinstance(value, float):
        raise TypeError(
            f'must be a decimal string such as "1234.50", not the float {value!r}: '
            "floats cannot hold money or areas exactly"
        )
    if isinstance(value, Decimal):
        number = value
    elif type(value) is int:
        number = Decimal(value)
    elif not isinstance(value, str):
        raise TypeError(f"must be a decimal string, got {_shown(value)}")
    else:
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"must be a decimal number, got {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"must be a finite decimal number, got {value!r}")
    return number


def _fraction(value: object, _: type) -> Fraction:
    """An exact number from "n/d" or a decimal string (or an int); a float is refused."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError(f'must be an exact number such as "3/4", got {_shown(value)}')
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"must be an exact number, got {value!r}") from None


def _date(value: object, _: type) -> datetime.date:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if not isinstance(value, str):
        raise TypeError(f"must be an ISO 8601 date (YYYY-MM-DD), got {_shown(value)}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"must be an ISO 8601 date (YYYY-MM-DD), got {value!r}") from None


def _instant(value: object, _: type) -> datetime.datetime:
    """An ISO 8601 date and time with its UTC offset: an instant, wherever it was written."""
    if isinstance(value, datetime.datetime):
        return value
    message = (
        "must be an ISO 8601 date and time with its offset (2022-05-10T14:30:00+08:00), "
        f"got {value!r}"
    )
    if not isinstance(value, str):
        raise TypeError(message)
    try:
        instant = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(message) from None
    if instant.utcoffset() is None:
        raise ValueError(message)
    return instant


def _labelled(cls: type[Labelled]) -> Callable[[object, type], Labelled]:
    codes = {member.code: member for member in cls}

    def structure(value: object, _: type) -> Labelled:
        if isinstance(value, str) and value in codes:
            return codes[value]
        shown = repr(value) if isinstance(value, str) else _shown(value)
        expected = ", ".join(codes)
        raise ValueError(f"unknown {_words(cls.__name__)} {shown}: expected one of {expected}")

    return structure


def _strict_tuple(
    tuple_type: Any, conv: cattrs.Converter
) -> Callable[[object, type], tuple[Any, ...]]:
    """A list in the data, never a string or a mapping silently iterated."""
    inner = homogenous_tuple_structure_factory(tuple_type, conv)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"must be a list, got {_shown(value)}")
        return tuple(inner(value, tuple_type))

    return structure


def _is_homogeneous_tuple(t: Any) -> bool:
    args: tuple[Any, ...] = getattr(t, "__args__", ())
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_labelled(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Labelled)


converter.register_structure_hook(int, _integer)
converter.register_structure_hook(str, _string)
converter.register_structure_hook(bool, _boolean)
converter.register_structure_hook(Decimal, _decimal)
converter.register_structure_hook(datetime.date, _date)
converter.register_structure_hook(datetime.datetime, _instant)
converter.register_structure_hook(Fraction, _fraction)
converter.register_structure_hook_factory(_is_labelled, _labelled)
converter.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple)
converter.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
converter.register_unstructure_hook(datetime.datetime, lambda t: t.isoformat())
converter.register_unstructure_hook(Fraction, str)
converter.register_unstructure_hook_func(_is_labelled, lambda member: member.code)


def _shown(value: object) -> str:
    kind = {dict: "an object", list: "a list", type(None): "null"}.get(type(value))
    return kind if kind else f"{type(value).__name__} {value!r}"


def _words(name: str) -> str:
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


def field_errors(exc: BaseException, path: str = "$") -> list[FieldError]:  # noqa: PLR0911
    """Flatten a structuring failure into located errors.

    Walks cattrs' exception groups (class attributes and list indices), and resolves the
    validators' :class:`FieldValueError` to the field and a nested :class:`DataError` to its own
    relative paths.
    """
    if isinstance(exc, ClassValidationError | IterableValidationError):
        errors: list[FieldError] = []
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            step = f".{note.name}" if hasattr(note, "name") else f"[{note.index!r}]"
            errors += field_errors(inner, path + step)
        for inner in without:
            errors += field_errors(inner, path)
        return errors
    if isinstance(exc, DataError):
        return [FieldError(path=f"{path}.{e.path}", message=e.message) for e in exc.errors]
    if isinstance(exc, FieldValueError):
        return [FieldError(path=f"{path}.{exc.field}", message=exc.message)]
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            FieldError(
                path=path, message=f"unknown field(s): {', '.join(sorted(exc.extra_fields))}"
            )
        ]
    if isinstance(exc, KeyError):
        return [FieldError(path=path, message="required field missing")]
    if isinstance(exc, AttributeError | TypeError) and (
        "items" in str(exc) or "not iterable" in str(exc)
    ):
        return [FieldError(path=path, message="must be an object")]
    return [FieldError(path=path, message=str(exc))]


def structure(data: object, cls: type[T]) -> T:
    """Build ``cls`` from plain data, or raise :class:`DataError` listing every problem."""
    try:
        return converter.structure(data, cls)
    except (
        ClassValidationError,
        IterableValidationError,
        TypeError,
        ValueError,
        AttributeError,
    ) as exc:
        raise DataError(field_errors(exc)) from None


def unstructure(value: object) -> Any:
    """Plain data (dicts, lists, strings, numbers) for ``value``."""
    return converter.unstructure(value)
