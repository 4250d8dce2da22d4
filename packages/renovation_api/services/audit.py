"""The audit log, read: every write through the API or the command line, oldest first. Who may
read it is the route's permission; the log itself is whole (it has no scope)."""

from renovation_api.services.unit_of_work import AuditEvent, EventFilter, UnitOfWork


async def events(
    uow: UnitOfWork, where: EventFilter, after: int | None, limit: int
) -> list[AuditEvent]:
    return await uow.audit.page(where, after, limit)
