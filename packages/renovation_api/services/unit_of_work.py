"""The unit of work: what a service reads and writes through, as one transaction.

A service never sees a connection, a table or a row. It asks repositories for core values,
each ``Stored`` with the revision it was read at, saves them back under that revision (a save
answers ``None`` when another write came first), appends audit events, and the unit of work
commits all of it or nothing. ``storage.unit_of_work`` is the SQL one; ``tests/services/fakes``
keeps everything in dicts. Repositories are grouped by context, as the services are.
"""

import datetime
from typing import Any, Generic, Literal, Protocol, TypeVar

import attrs

import renovation_core as core
from renovation_core.delivery import Project, TenderPackage
from renovation_core.oversight import Aftercare
from renovation_core.participation import Committee

T = TypeVar("T")

# What a write did to its resource. Project commands are named for the step they record.
Action = Literal[
    "create",
    "replace",
    "delete",
    "revoke",
    "transition",
    "supply",
    "assign",
    "inspect",
    "report-hazard",
    "close-hazard",
    "accept",
    "hand-over",
    "join",
    "award",
    "submit",
    "review",
    "pay",
    "reverse",
    "vote",
    "close",
    "order",
    "confirm",
    "respond",
    "publish",
    "correct",
    "import",
]


@attrs.frozen(kw_only=True)
class Place:
    """Where a compound lies: what a caller's scope is checked against."""

    district: str
    street: str


@attrs.frozen(kw_only=True)
class Stored(Generic[T]):
    """A record as read: its value, the revision a save must find it at, the place of the
    compound it belongs to (for scope), and ``ref``, the storage's own handle for it, which
    services hand back and never read."""

    value: T
    revision: str
    place: Place | None = None
    ref: Any = None


class AuditLog(Protocol):
    async def record(
        self, action: Action, resource: str, *, before: object = None, after: object = None
    ) -> None:
        """Append the event of this write; ``before`` and ``after`` are what the service read
        and what it returns (the API shows them as it shows the resource)."""


# The register ---------------------------------------------------------------------------


class Programmes(Protocol):
    async def get(self, code: str) -> core.Programme | None: ...


class Compounds(Protocol):
    async def get(self, programme: str, code: str) -> Stored[core.Compound] | None: ...

    async def place(self, programme: str, code: str) -> Place | None:
        """Where the compound lies (all a scope check needs), if it is on record."""


class Plans(Protocol):
    async def get(self, programme: str, compound: str) -> Stored[core.RenovationPlan] | None: ...

    async def claim(self, stored: Stored[core.RenovationPlan]) -> str | None:
        """A new revision for the unchanged plan: a write resting on the plan as read makes a
        concurrent change of it fail, and fails itself if the plan changed first."""


# Delivery --------------------------------------------------------------------------------


class Projects(Protocol):
    async def get(self, programme: str, compound: str, year: int) -> Stored[Project] | None: ...

    async def live(self, programme: str, compound: str) -> Stored[Project] | None:
        """The compound's project that is not cancelled, if any."""

    async def add(self, programme: str, project: Project) -> Stored[Project]: ...

    async def save(
        self, stored: Stored[Project], project: Project, package: Any = None
    ) -> str | None:
        """``package``: the ``ref`` of the package the project joined, if it did now."""


class TenderPackages(Protocol):
    async def get(self, programme: str, code: str) -> Stored[TenderPackage] | None: ...

    async def members(self, stored: Stored[TenderPackage]) -> list[Stored[Project]]:
        """The projects let in the package, by compound code."""

    async def add(self, programme: str, package: TenderPackage) -> Stored[TenderPackage]: ...

    async def save(self, stored: Stored[TenderPackage], package: TenderPackage) -> str | None: ...

    async def page(
        self,
        programme: str,
        year: int | None,
        seen_by: core.Principal,
        after: str | None,
        limit: int,
    ) -> list[Stored[TenderPackage]]:
        """Packages all of whose projects ``seen_by`` may see, by code, after ``after``."""


# Participation ---------------------------------------------------------------------------


class Committees(Protocol):
    async def get(self, programme: str, compound: str) -> Stored[Committee] | None: ...


# Oversight -------------------------------------------------------------------------------


class Aftercares(Protocol):
    async def get(self, programme: str, compound: str) -> Stored[Aftercare] | None: ...


class UnitOfWork(Protocol):
    """One request's transaction: who asks, on which day, and the repositories."""

    by: core.Principal
    today: datetime.date
    audit: AuditLog
    programmes: Programmes
    compounds: Compounds
    plans: Plans
    projects: Projects
    packages: TenderPackages
    committees: Committees
    aftercare: Aftercares
