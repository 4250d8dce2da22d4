"""The unit of work: what a service reads and writes through, as one transaction.

A service never sees a connection, a table or a row. It asks repositories for core values,
each ``Stored`` with the revision it was read at, saves them back under that revision (a save
answers ``None`` when another write came first), appends audit events, and the unit of work
commits all of it or nothing. ``storage.unit_of_work`` is the SQL one; ``tests/services/fakes``
keeps everything in dicts. Repositories are grouped by context, as the services are.
"""

import datetime
from collections.abc import Sequence
from typing import Any, Generic, Literal, Protocol, TypeAlias, TypeVar

import attrs

import renovation_core as core
from renovation_core.delivery import Project, Stage, TenderPackage
from renovation_core.funding import (
    Cells,
    Entry,
    Flag,
    Funding,
    FundingStatus,
    Ledger,
    supervise,
)
from renovation_core.oversight import (
    Aftercare,
    Assessment,
    Counts,
    ManagementCoverage,
    Month,
    MonthlyReport,
    Nomination,
    Pairing,
    Progress,
    ResponsibilityContract,
)
from renovation_core.participation import (
    Committee,
    ConsentVote,
    HouseholdRegister,
    Menu,
    Survey,
)
from renovation_core.participation import Response as SurveyResponse
from renovation_core.statistics import Declaration, Delivery, Period, Quantities, SurveyFigures
from renovation_core.validators import MAX_TEXT_LENGTH

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
    "report-event",
    "supply-material",
    "close-event",
    "respond",
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
    "rotate",
    "replay",
]


@attrs.frozen(kw_only=True)
class Place:
    """Where a compound lies: what a caller's scope is checked against."""

    district: str
    street: str


@attrs.frozen(kw_only=True)
class Seen:
    """The compounds a derived view is read over: those ``by`` may see, of ``district`` if
    named (narrowed where they are kept, so that a district's view never reads the city's)."""

    by: core.Principal
    district: str | None = None

    def covers(self, place: Place) -> bool:
        return self.by.covers(place.district, place.street) and self.district in (
            None,
            place.district,
        )


@attrs.frozen(kw_only=True)
class Stored(Generic[T]):
    """A record as read: its value, the revision a save must find it at, the place of the
    compound it belongs to (for scope), and ``ref``, the storage's own handle for it, which
    services hand back and never read."""

    value: T
    revision: str
    place: Place | None = None
    ref: Any = None


MAX_ACTOR_LENGTH = MAX_TEXT_LENGTH  # a principal's actor: "key:…", "user:…", "cli:…"
MAX_RESOURCE_LENGTH = 512


@attrs.frozen(kw_only=True)
class AuditEvent:
    """One write as the log keeps it: ``before`` and ``after`` as the API showed the resource."""

    id: int
    at: datetime.datetime
    actor: str
    role: core.Role
    action: Action
    resource: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None


@attrs.frozen(kw_only=True)
class EventFilter:
    """What the log may be narrowed by; ``None`` means any. ``resource`` matches the resource
    and everything under it (a compound and its plan); ``within``, the caller's part of the
    log: the resources whose path, closed by a slash, begins with one of these."""

    resource: str | None = None
    actor: str | None = None
    since: datetime.datetime | None = None
    until: datetime.datetime | None = None
    within: tuple[str, ...] | None = None


class AuditLog(Protocol):
    async def record(
        self, action: Action, resource: str, *, before: object = None, after: object = None
    ) -> None:
        """Append the event of this write; ``before`` and ``after`` are what the service read
        and what it returns (the API shows them as it shows the resource)."""

    async def page(self, where: EventFilter, after: int | None, limit: int) -> list[AuditEvent]:
        """Events in the order they were written, after the event numbered ``after``."""


# The feed of domain events --------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Draft:
    """An event about to be appended (``services.events`` derives it from a write's audit
    record): where it belongs, for readers' scope, and its small payload. A region's events
    name the ``region``; a programme's are placed by its city, which the feed looks up, and by
    its ``compound``'s place, or the place its ``compounds`` share (a tender package of one
    district is that district's; one spanning districts is the city's)."""

    type: str
    resource: str
    programme: str | None = None
    compound: str | None = None
    compounds: tuple[str, ...] = ()
    region: str | None = None
    district: str | None = None
    street: str | None = None
    operator: str | None = None
    data: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class FeedEvent:
    """An event as the feed keeps it; ``position`` orders the feed (see ``storage.events``)."""

    id: int
    position: tuple[int, int]
    type: str
    occurred_at: datetime.datetime
    programme: str | None
    district: str | None
    resource: str
    etag: str | None
    data: dict[str, Any]


@attrs.frozen(kw_only=True)
class FeedFilter:
    """What the feed may be narrowed by; ``None`` means any."""

    types: frozenset[str] | None = None
    programme: str | None = None
    district: str | None = None
    since: datetime.datetime | None = None
    until: datetime.datetime | None = None
    event: int | None = None


@attrs.frozen(kw_only=True)
class FeedPage:
    """A page of the feed: its events, the position to resume after (past the events it
    scanned and did not serve, so a narrow filter never scans the same stretch twice; ``None``
    if it scanned none), and whether more may be ready now."""

    events: list[FeedEvent]
    position: tuple[int, int] | None
    more: bool


class Feed(Protocol):
    async def append(self, drafts: Sequence[Draft], etag: str | None) -> None:
        """Append a write's events, in its transaction; ``etag`` is the resource's new one."""

    async def page(
        self,
        where: FeedFilter,
        seen_by: core.Principal,
        types: frozenset[str],
        after: tuple[int, int] | None,
        limit: int,
    ) -> "FeedPage":
        """Up to ``limit`` events of ``types`` that ``seen_by`` may see, in feed order, after a
        position: only those no write still running can come before."""

    async def pruned_through(self) -> tuple[int, int] | None:
        """The last position retention has removed, if it has removed any."""


# The register ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Published:
    """A programme as loaded: its settings and targets, where its data came from, and the
    policy its duties are held to."""

    programme: core.Programme
    provenance: core.Provenance | None
    policy: core.Policy


class Programmes(Protocol):
    async def get(self, code: str) -> core.Programme | None: ...

    async def stored(self, code: str) -> Stored[Published] | None: ...

    async def page(self, after: str | None, limit: int, within: str) -> list[Stored[Published]]:
        """Programmes by code, after ``after``, of the cities ``within`` a region."""

    async def within(self, region: str) -> list[core.Programme]:
        """Every programme of a city within ``region``, by code."""

    async def add(self, dataset: core.Dataset) -> Stored[Published]:
        """Store a whole dataset: the programme, its register, plans and fundings."""


@attrs.frozen(kw_only=True)
class Registered:
    """A compound as the register holds it: its facts and the core's verdicts on them, judged
    when it was written, so that showing it runs no rule again. ``urgency`` is its place in
    the renovation order (``core.urgency``)."""

    compound: core.Compound
    eligibility: core.Eligibility
    priority: core.Priority | None
    urgency: int

    @classmethod
    def judged(cls, programme: core.Programme, compound: core.Compound) -> "Registered":
        condition = compound.condition
        return cls(
            compound=compound,
            eligibility=core.eligibility(programme, compound),
            priority=None if condition is None else core.priority_of(condition),
            urgency=core.urgency(compound),
        )


# What is kept on record of a compound, besides its plan, that removing it (or its plan)
# would lose: its project, and the residents' decisions (consent votes, a menu, responses).
Kept = Literal["project", "funding", "votes", "menu", "responses"]


class Compounds(Protocol):
    async def get(self, programme: str, code: str) -> Stored[core.Compound] | None: ...

    async def place(self, programme: str, code: str) -> Place | None:
        """Where the compound lies (all a scope check needs), if it is on record."""

    async def entry(self, programme: str, code: str) -> Stored[Registered] | None:
        """The compound with the verdicts stored with it."""

    async def page(
        self,
        programme: str,
        where: Any,
        seen_by: core.Principal,
        by_priority: bool,
        after: tuple[Any, ...] | None,
        limit: int,
    ) -> list[Stored[Registered]]:
        """A page of the compounds ``seen_by`` may see matching ``where`` (a
        ``register.CompoundFilter``), by code or in the renovation order (urgency, built year,
        code), after that position."""

    async def enter(self, programme: str, entry: Registered) -> Stored[Registered]: ...

    async def save(self, stored: Stored[Registered], entry: Registered) -> str | None: ...

    async def delete(self, stored: Stored[Registered]) -> bool:
        """Delete the compound if it is still at the revision read."""

    async def kept(self, programme: str, code: str) -> frozenset[Kept]:
        """What is kept on record of the compound (see ``Kept``)."""


class Plans(Protocol):
    async def get(self, programme: str, compound: str) -> Stored[core.RenovationPlan] | None: ...

    async def claim(self, stored: Stored[core.RenovationPlan]) -> str | None:
        """A new revision for the unchanged plan: a write resting on the plan as read makes a
        concurrent change of it fail, and fails itself if the plan changed first."""

    async def add(
        self, programme: str, compound: str, record: core.RenovationPlan
    ) -> Stored[core.RenovationPlan]: ...

    async def save(
        self, stored: Stored[core.RenovationPlan], record: core.RenovationPlan
    ) -> str | None: ...

    async def delete(self, stored: Stored[core.RenovationPlan]) -> bool:
        """Delete the plan if it is still at the revision read."""


# Delivery --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Planned:
    """A planned compound as a list of them shows it: where it is, its plan's year and the
    stage of its live project (planned where none has begun)."""

    code: str
    name: str
    district: str
    year: int
    stage: Stage


class Register(Protocol):
    async def whole(
        self, programme: str, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        """Every compound of the programme (by code; those ``seen``, if given) and their plans:
        for views derived over all of them."""

    async def planned(self, programme: str, seen: Seen) -> list[Planned]:
        """The planned compounds ``seen``, by code."""

    async def with_register_findings(
        self, programme: str, start_year: int, first: int | None = None, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        """The compounds (by code; of those ``seen``) that may have one of
        ``core.check_register``'s findings (with ``first``: at least the first ``first`` of
        them), with their plans; where the register is kept, chosen by the verdicts it keeps:
        all that check needs to read."""

    async def assessed_and_planned(
        self, programme: str, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        """The compounds (by code; of those ``seen``) with a condition assessment and a plan,
        with their plans: all that ``core.check_schedule`` compares."""

    async def planned_figures(self, programme: str) -> dict[tuple[int, str], core.Figures]:
        """``core.planned_figures`` of the whole register, summed where it is kept."""

    async def page(
        self,
        programme: str,
        seen_by: core.Principal,
        district: str | None,
        after: str | None,
        limit: int,
    ) -> list[tuple[core.Compound, core.RenovationPlan | None]]:
        """The next compounds ``seen_by`` may see (of ``district``), by code after ``after``,
        each with its plan."""

    async def coverage_counts(
        self,
        programme: str,
        catalogue: core.Catalogue,
        accepted_by: datetime.date | None = None,
        seen: Seen | None = None,
    ) -> tuple[dict[str, int], dict[tuple[core.Category, str], int]]:
        """The counts ``core.coverage_cells`` takes, counted where the register is kept; with
        ``accepted_by``, on the works that passed joint acceptance by then (coverage on
        delivered works); of the compounds ``seen``, where given (all: the published view)."""

    async def register_counts(
        self, programme: str, start_year: int, seen: Seen | None = None
    ) -> core.RegisterCounts:
        """``core.register_counts`` (of the compounds ``seen``), counted where the register is
        kept."""


class Projects(Protocol):
    async def get(self, programme: str, compound: str, year: int) -> Stored[Project] | None: ...

    async def page(
        self,
        programme: str,
        where: Any,
        seen_by: core.Principal,
        after: tuple[str, int] | None,
        limit: int,
    ) -> list[Stored[Project]]:
        """A page of the projects ``seen_by`` may see matching ``where`` (a
        ``delivery.ProjectFilter``), by compound code then year, after ``after``."""

    async def every(
        self, programme: str, year: int | None = None, seen: Seen | None = None
    ) -> list[Stored[Project]]:
        """Every project of the programme (of ``year``, of the compounds ``seen``, if given), by
        compound code then year."""

    async def with_events(self, programme: str, month: Month) -> list[Stored[Project]]:
        """The projects with a major event that happened in ``month`` (in China), by compound
        code then year."""

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


# Funding ---------------------------------------------------------------------------------


class Fundings(Protocol):
    async def get(self, programme: str, compound: str) -> Stored[Funding] | None: ...

    async def ledger(self, stored: Stored[Funding]) -> Ledger: ...

    async def add(self, programme: str, funding: Funding) -> Stored[Funding]: ...

    async def save(self, stored: Stored[Funding], funding: Funding) -> str | None: ...

    async def remove(self, stored: Stored[Funding]) -> bool:
        """Delete a funding never sent for review (its ledger is empty); False if another
        write came first."""

    async def post(self, stored: Stored[Funding], entry: Entry) -> str | None:
        """Append ``entry`` to the ledger under the funding's revision as read, which it
        replaces: two postings can never both be judged against the same balance. The
        funding's new revision, or None if another write came first."""

    async def entries(self, stored: Stored[Funding], after: int | None, limit: int) -> list[Entry]:
        """A page of the ledger in posting order, after entry ``after``."""

    async def entry(self, stored: Stored[Funding], number: int) -> Entry | None: ...

    async def page(
        self,
        programme: str,
        seen_by: core.Principal,
        *,
        district: str | None,
        year: int | None,
        status: FundingStatus | None,
        after: str | None,
        limit: int,
    ) -> list[Stored[Funding]]:
        """A page of the fundings ``seen_by`` may see, of ``district``, ``year`` and
        ``status`` where given, by compound code after ``after``."""


@attrs.frozen(kw_only=True)
class CompoundMoney:
    """One planned compound's money as the reports read it: the compound, its plan, its live
    project, its funding (if drafted) and its ledger."""

    compound: core.Compound
    plan: core.RenovationPlan
    project: Project | None
    funding: Funding | None
    ledger: Ledger

    def flags(self) -> tuple[Flag, ...]:
        return supervise(self.plan, self.project, self.funding, self.ledger)


class Money(Protocol):
    async def compounds(self, programme: str, seen_by: core.Principal) -> list[CompoundMoney]:
        """Every planned compound ``seen_by`` may see, by code, with its money: what the
        planner judges compound by compound."""

    async def flagged(self, programme: str, seen_by: core.Principal) -> list[CompoundMoney]:
        """The planned compounds ``seen_by`` may see that may have a flag (where the money is
        kept, those whose money raises one by itself, ``core.funding.money_flags``, or whose
        works were let for more than the money approved), by code, with their money: all that
        ``core.supervise`` needs to read."""

    async def survey(
        self, programme: str, year: int, period: Period, seen_by: core.Principal
    ) -> dict[str, SurveyFigures]:
        """``statistics.by_period`` of the planned compounds ``seen_by`` may see, by district,
        summed where they are kept."""

    async def survey_of_plan(
        self, programme: str, year: int, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[str, SurveyFigures]:
        """``statistics.by_plan`` of ``year``'s planned compounds ``seen_by`` may see as they
        stood on ``as_of``, by district, summed where they are kept."""

    async def starts(
        self, programme: str, period: Period, seen_by: core.Principal
    ) -> dict[str, dict[int, Quantities]]:
        """``statistics.started_by_plan_year`` of the planned compounds ``seen_by`` may see, by
        district, summed where they are kept."""

    async def deliveries(
        self, programme: str, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[tuple[int, str], Delivery]:
        """``statistics.deliveries`` of the planned compounds ``seen_by`` may see, by plan year
        and district, summed where they are kept."""

    async def districts(self, programme: str, seen_by: core.Principal) -> set[str]:
        """The districts of the planned compounds ``seen_by`` may see."""

    async def amounts(self, programme: str, seen_by: core.Principal) -> Cells:
        """``funding.amounts_of`` the planned compounds ``seen_by`` may see, summed where they
        are kept."""

    async def progress(
        self, programme: str, year: int, day: datetime.date, seen_by: core.Principal
    ) -> dict[str, Progress]:
        """``oversight.progress`` of ``year``'s planned compounds ``seen_by`` may see as of
        ``day``, by district (those with any), summed where they are kept."""

    async def counts(
        self, programme: str, year: int, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[str, Counts]:
        """``oversight.count`` of ``year``'s planned compounds ``seen_by`` may see as of
        ``as_of``, by district (those with any), counted where they are kept."""


# Participation ---------------------------------------------------------------------------

# A compound has one household register, one committee and one menu: ``CompoundRecords``.
Households: TypeAlias = "CompoundRecords[HouseholdRegister]"
Committees: TypeAlias = "CompoundRecords[Committee]"
Menus: TypeAlias = "CompoundRecords[Menu]"


class ConsentVotes(Protocol):
    async def get(
        self, programme: str, compound: str, number: int
    ) -> Stored[ConsentVote] | None: ...

    async def hold(self, programme: str, compound: str, number: int) -> Stored[ConsentVote] | None:
        """The vote, held from other writers until the transaction ends (see
        ``CompoundRecords.hold``)."""

    async def numbered(
        self, programme: str, compound: str
    ) -> list[tuple[int, Stored[ConsentVote]]]:
        """The compound's votes with their numbers, by number."""

    async def add(
        self, programme: str, compound: str, vote: ConsentVote
    ) -> tuple[int, Stored[ConsentVote]]:
        """Store a new vote under the compound's next number."""

    async def save(self, stored: Stored[ConsentVote], vote: ConsentVote) -> str | None: ...


class Surveys(Protocol):
    async def get(self, programme: str, code: str) -> Stored[Survey] | None: ...

    async def hold(self, programme: str, code: str) -> Stored[Survey] | None:
        """The survey, kept from changing (being published) until the transaction ends, so a
        response and the publication cannot cross."""

    async def every(self, programme: str) -> list[Stored[Survey]]:
        """The programme's surveys, by code."""

    async def add(self, programme: str, survey: Survey) -> Stored[Survey]: ...

    async def save(self, stored: Stored[Survey], survey: Survey) -> str | None: ...

    async def response(
        self, stored: Stored[Survey], compound: str, household: str
    ) -> SurveyResponse | None:
        """The household's response, if it gave one."""

    async def respond(self, stored: Stored[Survey], response: SurveyResponse) -> None: ...

    async def last_answered(self, stored: Stored[Survey]) -> datetime.date | None: ...

    async def responses(
        self, stored: Stored[Survey], compound: str | None = None, seen: Seen | None = None
    ) -> list[tuple[Place, SurveyResponse]]:
        """Every response (or one compound's; those of the compounds ``seen``, if given), with
        its compound's place (to cut results by place and scope)."""


# Oversight -------------------------------------------------------------------------------


class CompoundRecords(Protocol[T]):
    """A record of which a compound has one at most (aftercare, nomination)."""

    async def get(self, programme: str, compound: str) -> Stored[T] | None: ...

    async def hold(self, programme: str, compound: str) -> Stored[T] | None:
        """The record, held from other writers until the transaction ends: a concurrent change
        queues behind this one instead of failing."""

    async def every(self, programme: str) -> list[Stored[T]]:
        """Every record of the programme's compounds, by compound code."""

    async def by_compound(self, programme: str, seen: Seen | None = None) -> dict[str, T]:
        """Every record of the programme's compounds (those ``seen``, if given), keyed by
        compound code."""

    async def add(self, programme: str, compound: str, record: T) -> Stored[T]: ...

    async def save(self, stored: Stored[T], record: T) -> str | None: ...

    async def delete(self, stored: Stored[T]) -> bool:
        """Delete the record if it is still at the revision read."""


class Aftercares(CompoundRecords[Aftercare], Protocol):
    async def coverage(
        self, programme: str, seen_by: core.Principal, on: datetime.date
    ) -> dict[str, ManagementCoverage]:
        """Each district's management coverage on ``on`` of the compounds ``seen_by`` sees,
        counted where the records are kept (``core.oversight.management_coverage_of`` takes
        them)."""


Nominations = CompoundRecords[Nomination]


class Proposals(Protocol):
    async def hold(self, programme: str, number: int) -> bool:
        """Whether the programme's plan proposal is still there, held from a withdrawal until
        the transaction ends."""


class Pairings(Protocol):
    """Leaders' pairings, numbered by the storage (``ref``)."""

    async def get(self, programme: str, number: int) -> Stored[Pairing] | None: ...

    async def every(self, programme: str, district: str | None) -> list[Stored[Pairing]]:
        """The programme's pairings (``district``'s, if named), by number."""

    async def count(self, programme: str) -> int: ...

    async def districts(self, programme: str, compounds: Sequence[str]) -> dict[str, str]:
        """The districts of those of ``compounds`` that are compounds of the programme."""

    async def add(self, programme: str, pairing: Pairing) -> Stored[Pairing]: ...

    async def delete(self, stored: Stored[Pairing]) -> bool:
        """Delete the pairing if it is still at the revision read."""


class Contracts(Protocol):
    async def get(
        self, programme: str, year: int, district: str
    ) -> Stored[ResponsibilityContract] | None: ...

    async def every(self, programme: str, year: int | None) -> list[Stored[ResponsibilityContract]]:
        """The programme's contracts (of ``year``, if named), by year then district."""

    async def add(
        self, programme: str, contract: ResponsibilityContract
    ) -> Stored[ResponsibilityContract]: ...

    async def save(
        self, stored: Stored[ResponsibilityContract], contract: ResponsibilityContract
    ) -> str | None: ...


class Assessments(Protocol):
    async def get(self, programme: str, year: int) -> Stored[Assessment] | None: ...

    async def every(self, programme: str) -> list[Stored[Assessment]]:
        """Every year's assessment, by year."""

    async def add(self, programme: str, assessment: Assessment) -> Stored[Assessment]: ...

    async def save(self, stored: Stored[Assessment], assessment: Assessment) -> str | None:
        """Rewrite the assessment (its payments added) if still at the revision read."""


class MonthlyReports(Protocol):
    async def versions(self, programme: str, district: str, month: Month) -> list[MonthlyReport]:
        """The district's versions of its report for ``month``, first to last."""

    async def of_months(
        self, programme: str, months: list[Month]
    ) -> dict[tuple[str, Month], list[MonthlyReport]]:
        """Every district's versions for each of ``months``."""

    async def add(self, programme: str, report: MonthlyReport) -> Stored[MonthlyReport]:
        """Store a version; versions are never rewritten, so it has no revision."""


class Regions(Protocol):
    async def provinces(self) -> list[core.Region]:
        """Every province held, by code, each with its cities and their districts."""

    async def add(self, province: core.Region) -> Stored[core.Region]:
        """Store a province; provinces are never rewritten, so it has no revision."""


class Declarations(Protocol):
    async def versions(self, region: str, month: Month) -> list[Declaration]:
        """The region's versions of its declaration for ``month``, first to last."""

    async def of_year(self, year: int, within: str) -> dict[tuple[str, Month], list[Declaration]]:
        """The versions of every declaration for a month of ``year`` by a region ``within``."""

    async def add(self, declaration: Declaration) -> Stored[Declaration]:
        """Store a version; versions are never rewritten."""


class UnitOfWork(Protocol):
    """One request's transaction: who asks, on which day, and the repositories (read-only,
    so that each implementation may hold its own kind of each)."""

    by: core.Principal
    today: datetime.date

    @property
    def audit(self) -> AuditLog: ...

    @property
    def events(self) -> Feed: ...

    @property
    def programmes(self) -> Programmes: ...

    @property
    def register(self) -> Register: ...

    @property
    def compounds(self) -> Compounds: ...

    @property
    def plans(self) -> Plans: ...

    @property
    def projects(self) -> Projects: ...

    @property
    def packages(self) -> TenderPackages: ...

    @property
    def fundings(self) -> Fundings: ...

    @property
    def money(self) -> Money: ...

    @property
    def households(self) -> Households: ...

    @property
    def committees(self) -> Committees: ...

    @property
    def menus(self) -> Menus: ...

    @property
    def votes(self) -> ConsentVotes: ...

    @property
    def surveys(self) -> Surveys: ...

    @property
    def aftercare(self) -> Aftercares: ...

    @property
    def nominations(self) -> Nominations: ...

    @property
    def pairings(self) -> Pairings: ...

    @property
    def proposals(self) -> Proposals: ...

    @property
    def contracts(self) -> Contracts: ...

    @property
    def assessments(self) -> Assessments: ...

    @property
    def monthly(self) -> MonthlyReports: ...

    @property
    def regions(self) -> Regions: ...

    @property
    def declarations(self) -> Declarations: ...
