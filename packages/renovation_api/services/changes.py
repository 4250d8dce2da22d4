"""The one shape of a command on a stored record: check the caller's precondition, let the
core apply the change (or refuse it), save under the revision read, audit. Every command goes
through ``change`` (or ``create``), so none can forget a step. A command that leaves the record
as it was writes nothing: its ETag stands (so another editor's If-Match still holds) and no
event or audit record says something changed when nothing did."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import attrs

from renovation_api.services.errors import Changed
from renovation_api.services.unit_of_work import Action, Stored, UnitOfWork

T = TypeVar("T")
Save = Callable[[Stored[T], T], Awaitable[str | None]]


@attrs.frozen(kw_only=True)
class Expected:
    """The versions a caller's write rests on (``If-Match``): one of ``revisions``, or any if
    ``None`` (``*``). ``said`` is the precondition as the caller wrote it."""

    revisions: frozenset[str] | None
    said: str

    def check(self, revision: str, shown: str) -> None:
        if self.revisions is not None and revision not in self.revisions:
            raise Changed(f"If-Match {self.said} does not match the current ETag {shown}")


def check(expected: Expected | None, stored: Stored[Any]) -> None:
    """Refuse when the caller read another version than the one stored."""
    if expected is not None:
        expected.check(stored.revision, f'"{stored.revision}"')


async def change(
    uow: UnitOfWork,
    stored: Stored[T],
    expected: Expected | None,
    apply: Callable[[T], T],
    save: Save[T],
    action: Action,
    resource: str,
) -> Stored[T]:
    """Apply ``apply`` to the record as read and save it, audited; the record as saved (as
    read, if ``apply`` changed nothing)."""
    check(expected, stored)
    after = apply(stored.value)
    if after == stored.value:
        return stored
    revision = await save(stored, after)
    if revision is None:
        raise Changed()  # another write came between the read and this save
    saved = attrs.evolve(stored, value=after, revision=revision)
    await uow.audit.record(action, resource, before=stored, after=saved)
    return saved


async def create(
    uow: UnitOfWork, add: Callable[[], Awaitable[Stored[T]]], resource: Callable[[Stored[T]], str]
) -> Stored[T]:
    """Store a new record with ``add`` and audit its creation at the address ``resource``
    gives the record as stored (a numbered record's number comes with it)."""
    created = await add()
    await uow.audit.record("create", resource(created), after=created)
    return created


async def remove(
    uow: UnitOfWork,
    stored: Stored[T],
    expected: Expected | None,
    delete: Callable[[Stored[T]], Awaitable[bool]],
    resource: str,
) -> None:
    """Delete the record as read, audited: the audit log keeps what was deleted."""
    check(expected, stored)
    if not await delete(stored):
        raise Changed()  # another write came between the read and this delete
    await uow.audit.record("delete", resource, before=stored)
