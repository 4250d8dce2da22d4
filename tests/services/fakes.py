"""An in-memory unit of work: the services' rules run on it without a database, in
milliseconds. Each repository keeps ``Stored`` records in a dict and, like the SQL one, saves
only over the revision read."""

import datetime
import itertools
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

import attrs

import renovation_core as core
from renovation_api.services.unit_of_work import Action, Place, Stored
from renovation_core.delivery import Project, TenderPackage
from renovation_core.oversight import Aftercare
from renovation_core.participation import Committee

T = TypeVar("T")
_revisions = (f"r{n}" for n in itertools.count(1))


def revision() -> str:
    return next(_revisions)


@attrs.frozen(kw_only=True)
class Event:
    action: Action
    resource: str
    before: object
    after: object


class FakeAuditLog:
    def __init__(self) -> None:
        self.events: list[Event] = []

    async def record(
        self, action: Action, resource: str, *, before: object = None, after: object = None
    ) -> None:
        self.events.append(Event(action=action, resource=resource, before=before, after=after))


class Table(Generic[T]):
    """Records by key, each saved only over the revision it was read at."""

    def __init__(self, place: Callable[[Any, T], Place | None] = lambda _k, _v: None) -> None:
        self.rows: dict[Any, Stored[T]] = {}
        self._place = place

    def get(self, key: Hashable) -> Stored[T] | None:
        return self.rows.get(key)

    def put(self, key: Hashable, value: T) -> Stored[T]:
        stored = Stored(value=value, revision=revision(), place=self._place(key, value), ref=key)
        self.rows[key] = stored
        return stored

    def save(self, stored: Stored[T], value: T) -> str | None:
        current = self.rows.get(stored.ref)
        if current is None or current.revision != stored.revision:
            return None
        return self.put(stored.ref, value).revision


class FakeProgrammes:
    def __init__(self) -> None:
        self.by_code: dict[str, core.Programme] = {}

    async def get(self, code: str) -> core.Programme | None:
        return self.by_code.get(code)


class FakeCompounds:
    def __init__(self) -> None:
        self.table: Table[core.Compound] = Table(
            lambda _, c: Place(district=c.district, street=c.street)
        )

    def add(self, programme: str, compound: core.Compound) -> Stored[core.Compound]:
        return self.table.put((programme, compound.code), compound)

    def place_of(self, key: Any) -> Place | None:
        found = self.table.get(key)
        return found.place if found else None

    async def get(self, programme: str, code: str) -> Stored[core.Compound] | None:
        return self.table.get((programme, code))

    async def place(self, programme: str, code: str) -> Place | None:
        found = self.table.get((programme, code))
        return found.place if found else None


class CompoundRecords(Generic[T]):
    """One record per compound (plan, committee, aftercare), placed where its compound is."""

    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[T] = Table(lambda key, _: compounds.place_of(key))

    async def get(self, programme: str, compound: str) -> Stored[T] | None:
        return self.table.get((programme, compound))

    async def claim(self, stored: Stored[T]) -> str | None:
        return self.table.save(stored, stored.value)


class FakeProjects:
    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[Project] = Table(lambda key, _: compounds.place_of(key[:2]))
        self.packages: dict[Hashable, Hashable] = {}  # project key → package key it joined

    async def get(self, programme: str, compound: str, year: int) -> Stored[Project] | None:
        return self.table.get((programme, compound, year))

    async def live(self, programme: str, compound: str) -> Stored[Project] | None:
        return next(
            (
                s
                for (p, c, _), s in self.table.rows.items()
                if (p, c) == (programme, compound)
                and s.value.stage is not core.delivery.Stage.CANCELLED
            ),
            None,
        )

    async def add(self, programme: str, project: Project) -> Stored[Project]:
        return self.table.put((programme, project.compound, project.year), project)

    async def save(
        self, stored: Stored[Project], project: Project, package: Any = None
    ) -> str | None:
        saved = self.table.save(stored, project)
        if saved is not None and package is not None:
            self.packages[stored.ref] = package
        return saved


class FakeTenderPackages:
    def __init__(self, projects: FakeProjects) -> None:
        self.table: Table[TenderPackage] = Table()
        self._projects = projects

    async def get(self, programme: str, code: str) -> Stored[TenderPackage] | None:
        return self.table.get((programme, code))

    async def members(self, stored: Stored[TenderPackage]) -> list[Stored[Project]]:
        keys = sorted(k for k, p in self._projects.packages.items() if p == stored.ref)
        return [self._projects.table.rows[k] for k in keys]  # type: ignore[index]

    async def add(self, programme: str, package: TenderPackage) -> Stored[TenderPackage]:
        return self.table.put((programme, package.code), package)

    async def save(self, stored: Stored[TenderPackage], package: TenderPackage) -> str | None:
        return self.table.save(stored, package)

    async def page(
        self,
        programme: str,
        year: int | None,
        seen_by: core.Principal,
        after: str | None,
        limit: int,
    ) -> list[Stored[TenderPackage]]:
        found = []
        for (p, code), stored in sorted(self.table.rows.items()):  # type: ignore[misc]
            members = await self.members(stored)
            if (
                p == programme
                and (year is None or stored.value.year == year)
                and (after is None or code > after)
                and all(
                    seen_by.covers(m.place.district, m.place.street)  # type: ignore[union-attr]
                    for m in members
                )
            ):
                found.append(stored)
        return found[:limit]


class FakeUnitOfWork:
    """Everything the services read and write, in dicts; ``audit.events`` is the log."""

    def __init__(self, by: core.Principal, today: datetime.date) -> None:
        self.by, self.today = by, today
        self.audit = FakeAuditLog()
        self.programmes = FakeProgrammes()
        self.compounds = FakeCompounds()
        self.plans: CompoundRecords[core.RenovationPlan] = CompoundRecords(self.compounds)
        self.projects = FakeProjects(self.compounds)
        self.packages = FakeTenderPackages(self.projects)
        self.committees: CompoundRecords[Committee] = CompoundRecords(self.compounds)
        self.aftercare: CompoundRecords[Aftercare] = CompoundRecords(self.compounds)

    def acting_as(self, by: core.Principal) -> "FakeUnitOfWork":
        """The same records, for another caller."""
        other = object.__new__(FakeUnitOfWork)
        other.__dict__.update(self.__dict__)
        other.by = by
        return other
