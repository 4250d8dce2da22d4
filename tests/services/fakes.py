"""An in-memory unit of work: the services' rules run on it without a database, in
milliseconds. Each repository keeps ``Stored`` records in a dict and, like the SQL one, saves
only over the revision read."""

import datetime
import itertools
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

import attrs

import renovation_core as core
from renovation_api.services.unit_of_work import (
    Action,
    AuditEvent,
    CompoundMoney,
    Draft,
    EventFilter,
    FeedFilter,
    FeedPage,
    Kept,
    Place,
    Planned,
    Published,
    Registered,
    Seen,
    Stored,
)
from renovation_core.delivery import Project, Stage, TenderPackage
from renovation_core.funding import (
    Cells,
    Entry,
    Funded,
    Funding,
    FundingStatus,
    Ledger,
    amounts_of,
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
    Renovated,
    ResponsibilityContract,
    Tracked,
    count,
    management_coverage,
    progress,
)
from renovation_core.participation import (
    Committee,
    ConsentVote,
    HouseholdRegister,
    Menu,
    Survey,
)
from renovation_core.participation import Response as SurveyResponse
from renovation_core.register import regions
from renovation_core.statistics import (
    Declaration,
    Delivery,
    Period,
    Quantities,
    SurveyFigures,
    Works,
    by_period,
    by_plan,
    deliveries,
    started_by_plan_year,
)

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

    async def page(self, where: EventFilter, after: int | None, limit: int) -> list[AuditEvent]:
        raise NotImplementedError("the audit log is read over HTTP: tests/api/test_audit_log.py")


class FakeFeed:
    """The writes' events, as appended; which events a write makes is derived from its audit
    record (``services.events.drafts``, tested on its own), and the feed is read over HTTP."""

    def __init__(self) -> None:
        self.appended: list[tuple[Draft, str | None]] = []

    async def append(self, drafts: Sequence[Draft], etag: str | None) -> None:
        self.appended.extend((d, etag) for d in drafts)

    async def page(
        self,
        where: FeedFilter,
        seen_by: core.Principal,
        types: frozenset[str],
        after: tuple[int, int] | None,
        limit: int,
    ) -> FeedPage:
        raise NotImplementedError("the feed is read over HTTP: tests/api/test_events.py")

    async def pruned_through(self) -> tuple[int, int] | None:
        raise NotImplementedError("the feed is read over HTTP: tests/api/test_events.py")


def _seen(seen: Seen | None, place: Place | None) -> bool:
    """Whether a record of a compound at ``place`` is among those ``seen`` (all, where None)."""
    return seen is None or (place is not None and seen.covers(place))


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
        self.policies: dict[str, core.Policy] = {}

    async def get(self, code: str) -> core.Programme | None:
        return self.by_code.get(code)

    async def stored(self, code: str) -> Stored[Published] | None:
        found = self.by_code.get(code)
        return None if found is None else self._published(found)

    async def page(self, after: str | None, limit: int, within: str) -> list[Stored[Published]]:
        codes = sorted(
            c
            for c, p in self.by_code.items()
            if (after is None or c > after) and regions.within(p.city.code, within)
        )
        return [self._published(self.by_code[c]) for c in codes[:limit]]

    async def within(self, region: str) -> list[core.Programme]:
        return [s.value.programme for s in await self.page(None, len(self.by_code), region)]

    async def add(self, dataset: core.Dataset) -> Stored[Published]:
        """The programme only: the tests that load a whole file do it over HTTP."""
        self.by_code[dataset.programme.code] = dataset.programme
        self.policies[dataset.programme.code] = dataset.policy
        return self._published(dataset.programme, dataset.provenance)

    def _published(
        self, programme: core.Programme, provenance: core.Provenance | None = None
    ) -> Stored[Published]:
        policy = self.policies.get(programme.code, core.Policy())
        return Stored(
            value=Published(programme=programme, provenance=provenance, policy=policy),
            revision="loaded",
            ref=programme.code,
        )


class FakeCompounds:
    def __init__(self) -> None:
        self.table: Table[core.Compound] = Table(
            lambda _, c: Place(district=c.district, street=c.street)
        )
        self.entries: dict[Any, Registered] = {}
        self.kept_of: dict[Any, frozenset[Kept]] = {}

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

    # The register's: each compound with the verdicts written with it (put one with ``judged``,
    # not ``add``, to read it through the register), and what is kept of it (``kept_of``, set
    # by a test).

    def judged(self, programme: core.Programme, compound: core.Compound) -> Stored[Registered]:
        """Put ``compound`` on record as the register writes it, with the core's verdicts."""
        self.entries[programme.code, compound.code] = Registered.judged(programme, compound)
        return self._entry(self.add(programme.code, compound))

    def _entry(self, stored: Stored[core.Compound]) -> Stored[Registered]:
        entry = self.entries[stored.ref]
        return Stored(value=entry, revision=stored.revision, place=stored.place, ref=stored.ref)

    async def entry(self, programme: str, code: str) -> Stored[Registered] | None:
        found = self.table.get((programme, code))
        return None if found is None else self._entry(found)

    async def page(
        self,
        programme: str,
        where: Any,
        seen_by: core.Principal,
        by_priority: bool,
        after: tuple[Any, ...] | None,
        limit: int,
    ) -> list[Stored[Registered]]:
        def position(s: Stored[Registered]) -> tuple[Any, ...]:
            c = s.value.compound
            return (s.value.urgency, c.built_year, c.code) if by_priority else (c.code,)

        def matches(e: Registered) -> bool:
            c, level = e.compound, e.priority.level if e.priority else None
            return (
                seen_by.covers(c.district, c.street)
                and where.district in (None, c.district)
                and where.street in (None, c.street)
                and where.community in (None, c.community)
                and (where.built_year_min is None or c.built_year >= where.built_year_min)
                and (where.built_year_max is None or c.built_year <= where.built_year_max)
                and where.eligible in (None, e.eligibility.eligible)
                and where.priority in (None, level)
            )

        found = sorted(
            (self._entry(s) for (p, _), s in self.table.rows.items() if p == programme),
            key=position,
        )
        return [
            s for s in found if matches(s.value) and (after is None or position(s) > tuple(after))
        ][:limit]

    async def enter(self, programme: str, entry: Registered) -> Stored[Registered]:
        self.entries[programme, entry.compound.code] = entry
        return self._entry(self.add(programme, entry.compound))

    async def save(self, stored: Stored[Registered], entry: Registered) -> str | None:
        as_read = Stored(value=entry.compound, revision=stored.revision, ref=stored.ref)
        saved = self.table.save(as_read, entry.compound)
        if saved is not None:
            self.entries[stored.ref] = entry
        return saved

    async def delete(self, stored: Stored[Registered]) -> bool:
        current = self.table.rows.get(stored.ref)
        if current is None or current.revision != stored.revision:
            return False
        del self.table.rows[stored.ref], self.entries[stored.ref]
        return True

    async def kept(self, programme: str, code: str) -> frozenset[Kept]:
        return self.kept_of.get((programme, code), frozenset())


class CompoundRecords(Generic[T]):
    """One record per compound (plan, committee, aftercare), placed where its compound is."""

    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[T] = Table(lambda key, _: compounds.place_of(key))

    async def get(self, programme: str, compound: str) -> Stored[T] | None:
        return self.table.get((programme, compound))

    async def hold(self, programme: str, compound: str) -> Stored[T] | None:
        return self.table.get((programme, compound))  # one caller at a time: nothing to queue

    async def claim(self, stored: Stored[T]) -> str | None:
        return self.table.save(stored, stored.value)

    async def every(self, programme: str) -> list[Stored[T]]:
        return [s for (p, _), s in sorted(self.table.rows.items()) if p == programme]

    async def by_compound(self, programme: str, seen: Seen | None = None) -> dict[str, T]:
        return {
            c: s.value
            for (p, c), s in sorted(self.table.rows.items())
            if p == programme and _seen(seen, s.place)
        }

    async def add(self, programme: str, compound: str, record: T) -> Stored[T]:
        return self.table.put((programme, compound), record)

    async def save(self, stored: Stored[T], record: T) -> str | None:
        return self.table.save(stored, record)

    async def delete(self, stored: Stored[T]) -> bool:
        current = self.table.rows.get(stored.ref)
        if current is None or current.revision != stored.revision:
            return False
        del self.table.rows[stored.ref]
        return True


def renovated(money: list[CompoundMoney], care: dict[str, Aftercare]) -> list[Renovated]:
    """The compounds as management coverage counts them: each with its aftercare record."""
    return [
        Renovated(
            compound=m.compound.code,
            district=m.compound.district,
            project=m.project,
            aftercare=care.get(m.compound.code),
        )
        for m in money
    ]


class FakeAftercare(CompoundRecords[Aftercare]):
    def __init__(self, compounds: FakeCompounds, money: "FakeMoney") -> None:
        super().__init__(compounds)
        self._money = money

    async def coverage(
        self, programme: str, seen_by: core.Principal, on: datetime.date
    ) -> dict[str, ManagementCoverage]:
        """The core's definition, the one the SQL must match: each district's row."""
        care = await self.by_compound(programme)
        counted = renovated(await self._money.compounds(programme, seen_by), care)
        districts = sorted({r.district for r in counted})
        rows = management_coverage(counted, on, districts)
        return {r.district: r for r in rows if r.district is not None and r.renovated}


class FakeProposals:
    """The plan proposals there are, by programme and number (their solving is the API's)."""

    def __init__(self) -> None:
        self.numbers: set[tuple[str, int]] = set()

    async def hold(self, programme: str, number: int) -> bool:
        return (programme, number) in self.numbers


class FakeProjects:
    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[Project] = Table(lambda key, _: compounds.place_of(key[:2]))
        self.packages: dict[tuple[str, str, int], Any] = {}  # project → the package it joined

    async def get(self, programme: str, compound: str, year: int) -> Stored[Project] | None:
        return self.table.get((programme, compound, year))

    async def page(
        self,
        programme: str,
        where: Any,
        seen_by: core.Principal,
        after: tuple[str, int] | None,
        limit: int,
    ) -> list[Stored[Project]]:
        return [
            s
            for (p, code, year), s in sorted(self.table.rows.items())
            if p == programme
            and s.place is not None
            and seen_by.covers(s.place.district, s.place.street)
            and where.district in (None, s.place.district)
            and where.stage in (None, s.value.stage)
            and where.year in (None, year)
            and (after is None or (code, year) > after)
        ][:limit]

    async def every(
        self, programme: str, year: int | None = None, seen: Seen | None = None
    ) -> list[Stored[Project]]:
        return [
            s
            for (p, _, y), s in sorted(self.table.rows.items())
            if p == programme and year in (None, y) and _seen(seen, s.place)
        ]

    async def with_events(self, programme: str, month: Month) -> list[Stored[Project]]:
        return [
            s
            for s in await self.every(programme)
            if any(Month.of(e.occurred_on) == month for e in s.value.major_events)
        ]

    async def live(self, programme: str, compound: str) -> Stored[Project] | None:
        return next(
            (
                s
                for (p, c, _), s in self.table.rows.items()
                if (p, c) == (programme, compound) and s.value.stage is not Stage.CANCELLED
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
        return [self._projects.table.rows[k] for k in keys]

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
        for (p, code), stored in sorted(self.table.rows.items()):
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


class FakeRegister:
    def __init__(
        self,
        programmes: FakeProgrammes,
        compounds: FakeCompounds,
        plans: "CompoundRecords[core.RenovationPlan]",
        projects: "FakeProjects",
    ) -> None:
        self._programmes, self._compounds, self._plans = programmes, compounds, plans
        self._projects = projects

    async def whole(
        self, programme: str, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        def of(table: Table[Any]) -> list[Any]:
            return [
                s.value
                for (p, code), s in sorted(table.rows.items())
                if p == programme and _seen(seen, self._compounds.place_of((p, code)))
            ]

        return of(self._compounds.table), of(self._plans.table)

    async def planned(self, programme: str, seen: Seen) -> list[Planned]:
        compounds, plans = await self.whole(programme, seen)
        year_of = {plan.compound: plan.year for plan in plans}
        found = []
        for c in compounds:
            if c.code in year_of:
                live = await self._projects.live(programme, c.code)
                stage = live.value.stage if live is not None else Stage.PLANNED
                found.append(
                    Planned(
                        code=c.code,
                        name=c.name,
                        district=c.district,
                        year=year_of[c.code],
                        stage=stage,
                    )
                )
        return found

    async def with_register_findings(
        self, programme: str, start_year: int, first: int | None = None, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        return await self.whole(programme, seen)  # every compound may have one

    async def assessed_and_planned(
        self, programme: str, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        compounds, plans = await self.whole(programme, seen)
        planned = {plan.compound for plan in plans}
        assessed = [c for c in compounds if c.condition is not None and c.code in planned]
        codes = {c.code for c in assessed}
        return assessed, [plan for plan in plans if plan.compound in codes]

    async def planned_figures(self, programme: str) -> dict[tuple[int, str], core.Figures]:
        return core.planned_figures(*await self.whole(programme))

    async def page(
        self,
        programme: str,
        seen_by: core.Principal,
        district: str | None,
        after: str | None,
        limit: int,
    ) -> list[tuple[core.Compound, core.RenovationPlan | None]]:
        compounds, plans = await self.whole(programme)
        plan_of = {plan.compound: plan for plan in plans}
        return [
            (c, plan_of.get(c.code))
            for c in compounds
            if seen_by.covers(c.district, c.street)
            and district in (None, c.district)
            and (after is None or c.code > after)
        ][:limit]

    async def register_counts(
        self, programme: str, start_year: int, seen: Seen | None = None
    ) -> core.RegisterCounts:
        return core.register_counts(
            self._programmes.by_code[programme], *await self.whole(programme, seen)
        )

    async def coverage_counts(
        self,
        programme: str,
        catalogue: core.Catalogue,
        accepted_by: datetime.date | None = None,
        seen: Seen | None = None,
    ) -> tuple[dict[str, int], dict[tuple[core.Category, str], int]]:
        compounds, plans = await self.whole(programme, seen)
        if accepted_by is not None:
            accepted = {
                code
                for (p, code, _), s in self._projects.table.rows.items()
                if p == programme and s.value.reached_by(Stage.ACCEPTED, accepted_by)
            }
            plans = [plan for plan in plans if plan.compound in accepted]
        eligible = core.in_scope(self._programmes.by_code[programme], compounds)
        categories = {item.code: item.category for item in catalogue}
        items = {plan.compound: plan.items for plan in plans}
        in_scope: dict[str, int] = {}
        covered: dict[tuple[core.Category, str], int] = {}
        for compound in eligible:
            in_scope[compound.district] = in_scope.get(compound.district, 0) + 1
            for category in {categories[i] for i in items.get(compound.code, ())}:
                key = (category, compound.district)
                covered[key] = covered.get(key, 0) + 1
        return in_scope, covered


class FakeConsentVotes:
    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[ConsentVote] = Table(lambda key, _: compounds.place_of(key[:2]))

    async def get(self, programme: str, compound: str, number: int) -> Stored[ConsentVote] | None:
        return self.table.get((programme, compound, number))

    async def hold(self, programme: str, compound: str, number: int) -> Stored[ConsentVote] | None:
        return self.table.get((programme, compound, number))

    async def numbered(
        self, programme: str, compound: str
    ) -> list[tuple[int, Stored[ConsentVote]]]:
        return [
            (k[2], s) for k, s in sorted(self.table.rows.items()) if k[:2] == (programme, compound)
        ]

    async def add(
        self, programme: str, compound: str, vote: ConsentVote
    ) -> tuple[int, Stored[ConsentVote]]:
        number = 1 + len(await self.numbered(programme, compound))
        return number, self.table.put((programme, compound, number), vote)

    async def save(self, stored: Stored[ConsentVote], vote: ConsentVote) -> str | None:
        return self.table.save(stored, vote)


class FakeSurveys:
    """Surveys by (programme, code); responses by survey, compound and household."""

    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[Survey] = Table()
        self.given: dict[tuple[Any, str, str], SurveyResponse] = {}
        self._compounds = compounds

    async def get(self, programme: str, code: str) -> Stored[Survey] | None:
        return self.table.get((programme, code))

    async def hold(self, programme: str, code: str) -> Stored[Survey] | None:
        return self.table.get((programme, code))

    async def every(self, programme: str) -> list[Stored[Survey]]:
        return [s for (p, _), s in sorted(self.table.rows.items()) if p == programme]

    async def add(self, programme: str, survey: Survey) -> Stored[Survey]:
        return self.table.put((programme, survey.code), survey)

    async def save(self, stored: Stored[Survey], survey: Survey) -> str | None:
        return self.table.save(stored, survey)

    async def response(
        self, stored: Stored[Survey], compound: str, household: str
    ) -> SurveyResponse | None:
        return self.given.get((stored.ref, compound, household))

    async def respond(self, stored: Stored[Survey], response: SurveyResponse) -> None:
        key = (stored.ref, response.compound, response.household)
        assert key not in self.given  # the unique key the SQL table has
        self.given[key] = response

    async def last_answered(self, stored: Stored[Survey]) -> datetime.date | None:
        return max(
            (r.answered_on for (ref, _, _), r in self.given.items() if ref == stored.ref),
            default=None,
        )

    async def responses(
        self, stored: Stored[Survey], compound: str | None = None, seen: Seen | None = None
    ) -> list[tuple[Place, SurveyResponse]]:
        programme = stored.ref[0]
        found = [
            (self._compounds.place_of((programme, code)), r)
            for (ref, code, _), r in self.given.items()
            if ref == stored.ref and compound in (None, code)
        ]
        return [(place, r) for place, r in found if place is not None and _seen(seen, place)]


class FakeFundings:
    """Fundings by compound, each with its ledger; a posting takes the funding's revision."""

    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[Funding] = Table(lambda key, _: compounds.place_of(key))
        self.ledgers: dict[Hashable, list[Entry]] = {}

    async def get(self, programme: str, compound: str) -> Stored[Funding] | None:
        return self.table.get((programme, compound))

    async def ledger(self, stored: Stored[Funding]) -> Ledger:
        return Ledger(tuple(self.ledgers.get(stored.ref, ())))

    async def add(self, programme: str, funding: Funding) -> Stored[Funding]:
        return self.table.put((programme, funding.plan.compound), funding)

    async def save(self, stored: Stored[Funding], funding: Funding) -> str | None:
        return self.table.save(stored, funding)

    async def remove(self, stored: Stored[Funding]) -> bool:
        current = self.table.rows.get(stored.ref)
        if current is None or current.revision != stored.revision:
            return False
        del self.table.rows[stored.ref]
        return True

    async def post(self, stored: Stored[Funding], entry: Entry) -> str | None:
        revision = self.table.save(stored, stored.value)
        if revision is not None:
            self.ledgers.setdefault(stored.ref, []).append(entry)
        return revision

    async def entries(self, stored: Stored[Funding], after: int | None, limit: int) -> list[Entry]:
        entries = self.ledgers.get(stored.ref, [])
        return [e for e in entries if after is None or e.number > after][:limit]

    async def entry(self, stored: Stored[Funding], number: int) -> Entry | None:
        return next((e for e in self.ledgers.get(stored.ref, []) if e.number == number), None)

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
        return [
            s
            for (p, code), s in sorted(self.table.rows.items())
            if p == programme
            and s.place is not None
            and seen_by.covers(s.place.district, s.place.street)
            and district in (None, s.place.district)
            and year in (None, s.value.plan.year)
            and status in (None, s.value.status)
            and (after is None or code > after)
        ][:limit]


def funded(money: list[CompoundMoney]) -> list[Funded]:
    """The compounds' money as the funding reports count it (those with a funding)."""
    return [
        Funded(district=m.compound.district, funding=m.funding, ledger=m.ledger)
        for m in money
        if m.funding is not None
    ]


def tracked(money: list[CompoundMoney]) -> list[Tracked]:
    """The planned compounds as the core's monthly figures and assessment count them."""
    return [
        Tracked(
            district=m.compound.district,
            year=m.plan.year,
            households=m.compound.households,
            project=m.project,
            ledger=m.ledger,
        )
        for m in money
    ]


class FakeMoney:
    """The money read model over the fake's compounds, plans, projects and fundings."""

    def __init__(
        self,
        compounds: FakeCompounds,
        plans: "CompoundRecords[core.RenovationPlan]",
        projects: FakeProjects,
        fundings: FakeFundings,
    ) -> None:
        self._compounds, self._plans = compounds, plans
        self._projects, self._fundings = projects, fundings

    async def survey(
        self, programme: str, year: int, period: Period, seen_by: core.Principal
    ) -> dict[str, SurveyFigures]:
        """The core's definition, the one the SQL must match."""
        works = await self._works(programme, seen_by)
        return {
            district: by_period([w for w in works if w.district == district], year, period)
            for district in sorted({w.district for w in works})
        }

    async def survey_of_plan(
        self, programme: str, year: int, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[str, SurveyFigures]:
        """The core's definition, the one the SQL must match."""
        works = [w for w in await self._works(programme, seen_by) if w.plan_year == year]
        return {
            district: by_plan([w for w in works if w.district == district], year, as_of)
            for district in sorted({w.district for w in works})
        }

    async def starts(
        self, programme: str, period: Period, seen_by: core.Principal
    ) -> dict[str, dict[int, Quantities]]:
        """The core's definition, the one the SQL must match."""
        works = await self._works(programme, seen_by)
        found = {
            district: started_by_plan_year([w for w in works if w.district == district], period)
            for district in sorted({w.district for w in works})
        }
        return {district: years for district, years in found.items() if years}

    async def deliveries(
        self, programme: str, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[tuple[int, str], Delivery]:
        """The core's definition, the one the SQL must match."""
        return deliveries(await self._works(programme, seen_by), as_of)

    async def _works(self, programme: str, seen_by: core.Principal) -> list[Works]:
        return [
            Works.of(m.compound, m.plan, m.project, m.ledger)
            for m in await self.compounds(programme, seen_by)
        ]

    async def districts(self, programme: str, seen_by: core.Principal) -> set[str]:
        return {m.compound.district for m in await self.compounds(programme, seen_by)}

    async def amounts(self, programme: str, seen_by: core.Principal) -> Cells:
        """The core's definition, the one the SQL must match."""
        return amounts_of(funded(await self.compounds(programme, seen_by)))

    async def progress(
        self, programme: str, year: int, day: datetime.date, seen_by: core.Principal
    ) -> dict[str, Progress]:
        """The core's definition, the one the SQL must match."""
        counted = tracked(await self.compounds(programme, seen_by))
        districts = {t.district for t in counted if t.year == year}
        return {d: progress(counted, d, year, day) for d in sorted(districts)}

    async def counts(
        self, programme: str, year: int, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[str, Counts]:
        """The core's definition, the one the SQL must match."""
        counted = tracked(await self.compounds(programme, seen_by))
        districts = {t.district for t in counted if t.year == year}
        return {d: count(counted, d, year, as_of) for d in sorted(districts)}

    async def flagged(self, programme: str, seen_by: core.Principal) -> list[CompoundMoney]:
        return await self.compounds(programme, seen_by)  # every compound may have a flag

    async def compounds(self, programme: str, seen_by: core.Principal) -> list[CompoundMoney]:
        money = []
        for (p, code), plan in sorted(self._plans.table.rows.items()):
            compound = self._compounds.table.get((p, code))
            if p != programme or compound is None:
                continue
            if not seen_by.covers(compound.value.district, compound.value.street):
                continue
            live = await self._projects.live(p, code)
            found = self._fundings.table.get((p, code))
            money.append(
                CompoundMoney(
                    compound=compound.value,
                    plan=plan.value,
                    project=live.value if live else None,
                    funding=found.value if found else None,
                    ledger=await self._fundings.ledger(found) if found else Ledger(),
                )
            )
        return money


class FakePairings:
    def __init__(self, compounds: FakeCompounds) -> None:
        self.table: Table[Pairing] = Table()
        self._compounds = compounds
        self._numbers = itertools.count(1)
        self.programme_of: dict[int, str] = {}

    async def get(self, programme: str, number: int) -> Stored[Pairing] | None:
        found = self.table.get(number)
        return found if found is not None and self.programme_of[number] == programme else None

    async def every(self, programme: str, district: str | None) -> list[Stored[Pairing]]:
        return [
            s
            for n, s in sorted(self.table.rows.items())
            if self.programme_of[n] == programme and district in (None, s.value.district)
        ]

    async def count(self, programme: str) -> int:
        return len(await self.every(programme, None))

    async def districts(self, programme: str, compounds: Sequence[str]) -> dict[str, str]:
        places = {c: self._compounds.place_of((programme, c)) for c in compounds}
        return {c: place.district for c, place in places.items() if place is not None}

    async def add(self, programme: str, pairing: Pairing) -> Stored[Pairing]:
        number = next(self._numbers)
        self.programme_of[number] = programme
        return self.table.put(number, pairing)

    async def delete(self, stored: Stored[Pairing]) -> bool:
        current = self.table.rows.get(stored.ref)
        if current is None or current.revision != stored.revision:
            return False
        del self.table.rows[stored.ref]
        return True


class FakeContracts:
    def __init__(self) -> None:
        self.table: Table[ResponsibilityContract] = Table()

    async def get(
        self, programme: str, year: int, district: str
    ) -> Stored[ResponsibilityContract] | None:
        return self.table.get((programme, year, district))

    async def every(self, programme: str, year: int | None) -> list[Stored[ResponsibilityContract]]:
        return [
            s
            for (p, y, _), s in sorted(self.table.rows.items())
            if p == programme and year in (None, y)
        ]

    async def add(
        self, programme: str, contract: ResponsibilityContract
    ) -> Stored[ResponsibilityContract]:
        return self.table.put((programme, contract.year, contract.district), contract)

    async def save(
        self, stored: Stored[ResponsibilityContract], contract: ResponsibilityContract
    ) -> str | None:
        return self.table.save(stored, contract)


class FakeAssessments:
    def __init__(self) -> None:
        self.table: Table[Assessment] = Table()

    async def get(self, programme: str, year: int) -> Stored[Assessment] | None:
        return self.table.get((programme, year))

    async def every(self, programme: str) -> list[Stored[Assessment]]:
        return [s for (p, _), s in sorted(self.table.rows.items()) if p == programme]

    async def add(self, programme: str, assessment: Assessment) -> Stored[Assessment]:
        return self.table.put((programme, assessment.year), assessment)

    async def save(self, stored: Stored[Assessment], assessment: Assessment) -> str | None:
        return self.table.save(stored, assessment)


class FakeMonthlyReports:
    def __init__(self) -> None:
        self.reports: dict[tuple[str, str, Month], list[MonthlyReport]] = {}

    async def versions(self, programme: str, district: str, month: Month) -> list[MonthlyReport]:
        return list(self.reports.get((programme, district, month), []))

    async def of_months(
        self, programme: str, months: list[Month]
    ) -> dict[tuple[str, Month], list[MonthlyReport]]:
        return {
            (d, m): list(found)
            for (p, d, m), found in self.reports.items()
            if p == programme and m in months
        }

    async def add(self, programme: str, report: MonthlyReport) -> Stored[MonthlyReport]:
        versions = self.reports.setdefault((programme, report.district, report.month), [])
        assert report.version == len(versions) + 1  # the unique key the SQL table holds
        versions.append(report)
        return Stored(value=report, revision="")


class FakeRegions:
    def __init__(self) -> None:
        self.by_code: dict[str, core.Region] = {}

    async def provinces(self) -> list[core.Region]:
        return [self.by_code[c] for c in sorted(self.by_code)]

    async def add(self, province: core.Region) -> Stored[core.Region]:
        assert province.code not in self.by_code  # the unique key the SQL table holds
        self.by_code[province.code] = province
        return Stored(value=province, revision="")


class FakeDeclarations:
    def __init__(self) -> None:
        self.versions_of: dict[tuple[str, Month], list[Declaration]] = {}

    async def versions(self, region: str, month: Month) -> list[Declaration]:
        return list(self.versions_of.get((region, month), []))

    async def of_year(self, year: int, within: str) -> dict[tuple[str, Month], list[Declaration]]:
        return {
            (r, m): list(found)
            for (r, m), found in sorted(self.versions_of.items())
            if m.year == year and regions.within(r, within)
        }

    async def add(self, declaration: Declaration) -> Stored[Declaration]:
        versions = self.versions_of.setdefault((declaration.region, declaration.month), [])
        assert declaration.version == len(versions) + 1
        versions.append(declaration)
        return Stored(value=declaration, revision="")


class FakeUnitOfWork:
    """Everything the services read and write, in dicts; ``audit.events`` is the log."""

    def __init__(self, by: core.Principal, today: datetime.date) -> None:
        self.by, self.today = by, today
        self.audit = FakeAuditLog()
        self.events = FakeFeed()
        self.programmes = FakeProgrammes()
        self.compounds = FakeCompounds()
        self.plans: CompoundRecords[core.RenovationPlan] = CompoundRecords(self.compounds)
        self.projects = FakeProjects(self.compounds)
        self.register = FakeRegister(self.programmes, self.compounds, self.plans, self.projects)
        self.packages = FakeTenderPackages(self.projects)
        self.fundings = FakeFundings(self.compounds)
        self.money = FakeMoney(self.compounds, self.plans, self.projects, self.fundings)
        self.committees: CompoundRecords[Committee] = CompoundRecords(self.compounds)
        self.households: CompoundRecords[HouseholdRegister] = CompoundRecords(self.compounds)
        self.menus: CompoundRecords[Menu] = CompoundRecords(self.compounds)
        self.votes = FakeConsentVotes(self.compounds)
        self.surveys = FakeSurveys(self.compounds)
        self.aftercare = FakeAftercare(self.compounds, self.money)
        self.nominations: CompoundRecords[Nomination] = CompoundRecords(self.compounds)
        self.pairings = FakePairings(self.compounds)
        self.proposals = FakeProposals()
        self.contracts = FakeContracts()
        self.assessments = FakeAssessments()
        self.monthly = FakeMonthlyReports()
        self.regions = FakeRegions()
        self.declarations = FakeDeclarations()

    def acting_as(self, by: core.Principal) -> "FakeUnitOfWork":
        """The same records, for another caller."""
        other = object.__new__(FakeUnitOfWork)
        other.__dict__.update(self.__dict__)
        other.by = by
        return other
