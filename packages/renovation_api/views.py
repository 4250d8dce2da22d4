"""How the API shows what services return: one view per kind of record, registered by the
module that defines its response shape. The same view shapes a command's response and the
record's before and after in the audit log, so the two never disagree."""

from collections.abc import Callable
from typing import Any, TypeVar

from renovation_api.services.unit_of_work import Stored

T = TypeVar("T")
View = Callable[[Stored[Any]], Any]

_VIEWS: dict[type, View] = {}


def view(kind: type[T]) -> Callable[[Callable[[Stored[T]], Any]], Callable[[Stored[T]], Any]]:
    """Register the function that shows a stored ``kind``."""

    def register(function: Callable[[Stored[T]], Any]) -> Callable[[Stored[T]], Any]:
        _VIEWS[kind] = function
        return function

    return register


def show(value: object) -> Any:
    """The response shape of ``value``: a stored record through its view, anything else as
    it is."""
    if isinstance(value, Stored):
        return _VIEWS[type(value.value)](value)
    return value
