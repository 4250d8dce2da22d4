"""The audit log, read: every write through the API or the command line, oldest first. Who may
read it is the route's permission; which part, the caller's region: the whole log for a
caller no region bounds, otherwise the writes to the programmes it reaches and to the regions
within its own (not the deployment's keys and subscriptions, nor another city's records)."""

import attrs

from renovation_api.services import resources, scope
from renovation_api.services.unit_of_work import AuditEvent, EventFilter, UnitOfWork
from renovation_core.register.regions import prefix


async def events(
    uow: UnitOfWork, where: EventFilter, after: int | None, limit: int
) -> list[AuditEvent]:
    if uow.by.region is not None:
        reached = await uow.programmes.within(scope.region(uow))
        where = attrs.evolve(
            where,
            within=(
                *(resources.programme(p.code) + "/" for p in reached),
                resources.region(prefix(uow.by.region)),
            ),
        )
    return await uow.audit.page(where, after, limit)
