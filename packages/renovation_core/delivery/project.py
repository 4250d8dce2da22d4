"""A compound's renovation project, driven from plan to long-term management by the plan's rules.

The project is one record with its whole history. Every command returns a new project or raises,
leaving the old one as it was: :class:`~renovation_core.errors.RuleViolation` when the project's
state refuses the command (building before the tender is awarded, accepting with hazards open),
:class:`~renovation_core.errors.FieldValueError` or :class:`~renovation_core.errors.DataError`
when the command's own data is wrong (a date after ``today`` or before the step it follows). The
core has no clock: callers pass ``today``.
"""

import datetime
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from renovation_core.calendar import day_in_china
from renovation_core.delivery import duties
from renovation_core.delivery.acceptance import Acceptance, Attendee
from renovation_core.delivery.approvals import ApprovalProfile, DocumentKind, SuppliedDocument
from renovation_core.delivery.duties import Canvassed, Managed
from renovation_core.delivery.incidents import EventClosure, EventKind, MajorEvent
from renovation_core.delivery.networks import Handover, Network, project_networks
from renovation_core.delivery.participants import Assignment, Organisation, UnitRole
from renovation_core.delivery.quality import (
    Closure,
    Hazard,
    HazardLevel,
    Inspection,
    MaterialSupply,
)
from renovation_core.delivery.stages import NEEDS_REASON, Stage, Transition, next_stages
from renovation_core.delivery.tender import Award, TenderPackage
from renovation_core.enforcement import Duty
from renovation_core.errors import DataError, FieldError, FieldValueError, RuleViolation
from renovation_core.participation.committee import Committee, require_formed
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import (
    at_most,
    code,
    not_after,
    not_before,
    plausible_year,
    quantity,
    unique_by,
)

if TYPE_CHECKING:
    from renovation_core.policy import Policy

# Records of one kind a project holds at most (history steps, inspections, hazards…): far
# above any real project's, and the bound its API response declares.
MAX_RECORDS = 1000
# Units whose qualification a step relies on, checked on the step's date.
_UNITS_FOR = {
    Stage.APPROVED: (UnitRole.DESIGN,),
    # Works supervision (工程监理) is mandatory from the first day of construction.
    Stage.UNDER_CONSTRUCTION: (UnitRole.CONSTRUCTION, UnitRole.SUPERVISION),
}
_SITE_STAGES = (Stage.UNDER_CONSTRUCTION, Stage.COMPLETED)


def _history(_instance: object, _attribute: object, value: tuple[Transition, ...]) -> None:
    if not value or value[0].from_stage is not None or value[0].to is not Stage.PLANNED:
        raise FieldValueError("history", "must begin with the project's entry into the plan")


_bounded = at_most(MAX_RECORDS, "records")


@attrs.frozen(kw_only=True)
class Project:
    """One compound's project in one programme year, with everything recorded about it."""

    compound: str = attrs.field(validator=code)
    year: int = attrs.field(validator=plausible_year)
    client: Organisation
    profile: ApprovalProfile
    networks: tuple[Network, ...] = attrs.field(
        validator=unique_by(lambda network: network, "network")
    )
    budget_yuan: Decimal = attrs.field(validator=quantity(2))
    history: tuple[Transition, ...] = attrs.field(validator=[_history, _bounded])
    documents: tuple[SuppliedDocument, ...] = attrs.field(default=(), validator=_bounded)
    assignments: tuple[Assignment, ...] = attrs.field(default=(), validator=_bounded)
    tender_package: str | None = None
    inspections: tuple[Inspection, ...] = attrs.field(default=(), validator=_bounded)
    hazards: tuple[Hazard, ...] = attrs.field(default=(), validator=_bounded)
    acceptances: tuple[Acceptance, ...] = attrs.field(default=(), validator=_bounded)
    handovers: tuple[Handover, ...] = attrs.field(default=(), validator=_bounded)
    major_events: tuple[MajorEvent, ...] = attrs.field(default=(), validator=_bounded)
    materials: tuple[MaterialSupply, ...] = attrs.field(default=(), validator=_bounded)

    @classmethod
    def planned(
        cls,
        *,
        compound: str,
        year: int,
        client: Organisation,
        profile: ApprovalProfile,
        networks: Iterable[Network],
        budget_yuan: Decimal,
        planned_on: datetime.date,
        by: str,
        today: datetime.date,
    ) -> "Project":
        """A project entered into the plan on ``planned_on``."""
        not_after("planned_on", planned_on, today)
        return cls(
            compound=compound,
            year=year,
            client=client,
            profile=profile,
            networks=tuple(networks),
            budget_yuan=budget_yuan,
            history=(Transition(from_stage=None, to=Stage.PLANNED, on=planned_on, by=by),),
        )

    # What the project is now.

    @property
    def stage(self) -> Stage:
        return self.history[-1].to

    @property
    def resumes(self) -> Stage | None:
        """The stage a suspended project returns to."""
        return self.history[-1].from_stage if self.stage is Stage.SUSPENDED else None

    @property
    def effective_stage(self) -> Stage:
        """Where the works stand: a suspended project stands where it stopped."""
        return self.resumes or self.stage

    @property
    def planned_on(self) -> datetime.date:
        return self.history[0].on

    def allowed_next(self) -> tuple[Stage, ...]:
        return next_stages(self.stage, self.resumes)

    def reached(self, stage: Stage) -> Transition | None:
        """The step that first took the project into ``stage``, if it did: resuming after a
        suspension enters the stage again but does not move the day it was reached."""
        return next((t for t in self.history if t.to is stage), None)

    def reached_by(self, stage: Stage, day: datetime.date) -> bool:
        """Whether the project had first entered ``stage`` by ``day``."""
        step = self.reached(stage)
        return step is not None and step.on <= day

    def step_on(self, day: datetime.date) -> Transition | None:
        """The last step taken by ``day``; None before the project entered the plan."""
        return next((t for t in reversed(self.history) if t.on <= day), None)

    def stage_on(self, day: datetime.date) -> Stage | None:
        """Where the works stood on ``day`` (a suspended project where it stopped)."""
        step = self.step_on(day)
        if step is None:
            return None
        return step.from_stage if step.to is Stage.SUSPENDED else step.to

    def unit(self, role: UnitRole, on: datetime.date | None = None) -> Assignment | None:
        """The unit in charge of ``role`` work on ``on`` (now, by default): the latest assigned
        by then."""
        return next(
            (
                a
                for a in reversed(self.assignments)
                if a.role is role and (on is None or a.assigned_on <= on)
            ),
            None,
        )

    def required_documents(self) -> tuple[DocumentKind, ...]:
        return self.profile.required()

    def missing_documents(self, on: datetime.date | None = None) -> tuple[DocumentKind, ...]:
        """The required documents not on file (by ``on``, if given)."""
        supplied = {d.kind for d in self.documents if on is None or d.issued_on <= on}
        return tuple(k for k in self.required_documents() if k not in supplied)

    def open_hazards(self, on: datetime.date | None = None) -> tuple[Hazard, ...]:
        """The hazards open now, and (if ``on`` is given) those that were open on that day."""
        return tuple(h for h in self.hazards if h.is_open or (on is not None and h.open_on(on)))

    @property
    def first_acceptance(self) -> Acceptance | None:
        """The first acceptance meeting held (by its day): the one whose outcome the city's
        assessment counts."""
        return min(self.acceptances, key=lambda a: a.held_on) if self.acceptances else None

    def accepted_by(self) -> Acceptance | None:
        """The acceptance the works passed, if they have."""
        latest = self.acceptances[-1] if self.acceptances else None
        return latest if latest is not None and latest.passed else None

    def handed_over(self, on: datetime.date | None = None) -> frozenset[Network]:
        """The networks handed to their operators (by ``on``, if given)."""
        return frozenset(h.network for h in self.handovers if on is None or h.on <= on)

    # Commands.

    def advance(
        self,
        to: Stage,
        *,
        on: datetime.date,
        by: str,
        today: datetime.date,
        reason: str | None = None,
        reference: str | None = None,
        policy: "Policy",
        tender: TenderPackage | None = None,
        committee: Committee | None = None,
        menu: Canvassed | None = None,
        canvassed: datetime.date | None = None,
        aftercare: Managed | None = None,
        items: Iterable[str] = (),
    ) -> "Project":
        """The project one step on, under the programme's ``policy``. ``tender`` is the
        project's tender package, ``committee`` its compound's residents' committee, ``menu``
        their menu, ``canvassed`` the day a canvass stood for them and ``aftercare`` its
        aftercare record, if it has them; ``items`` are its plan's."""
        allowed = self.allowed_next()
        if to not in allowed:
            raise RuleViolation(
                "illegal-transition",
                self._why_not(to, allowed),
                [FieldError(path="to", message=f"must be one of: {_codes(allowed)}")],
                [s.code for s in allowed],
            )
        not_after("on", on, today)
        last = self.history[-1]
        not_before("on", on, last.on, f"the step to {last.to.code}")
        if to in NEEDS_REASON and not (reason and reason.strip()):
            raise FieldValueError("reason", f"a project is {to.code} only with a reason")
        if to is Stage.FILED and not (reference and reference.strip()):
            raise FieldValueError("reference", "a filing is recorded with its number (备案号)")
        if to is not self.resumes:
            self._check_guard(to, on, tender, policy)
            _check_outside(to, on, policy, committee, (menu, canvassed), aftercare, items)
        step = Transition(
            from_stage=self.stage, to=to, on=on, by=by, reason=reason, reference=reference
        )
        return attrs.evolve(self, history=(*self.history, step))

    def supply(self, document: SuppliedDocument, today: datetime.date) -> "Project":
        """The project with a document of its approval list on file (a later one replaces an
        earlier one of the same kind)."""
        self._require(lambda s: s.rank < Stage.APPROVED.rank, "supplied approval documents")
        not_after("issued_on", document.issued_on, today)
        if document.kind not in self.required_documents():
            raise FieldValueError(
                "kind",
                f"this project does not need {document.kind.code}; "
                f"it needs {_codes(self.required_documents())}",
            )
        kept = tuple(d for d in self.documents if d.kind is not document.kind)
        return attrs.evolve(self, documents=(*kept, document))

    def assign(self, assignment: Assignment, today: datetime.date, policy: "Policy") -> "Project":
        """The project with a qualified unit in charge of one kind of work, of the grade the
        ``policy`` asks for it."""
        self._require(lambda s: s.rank < Stage.ACCEPTED.rank, "assigned units")
        not_after("assigned_on", assignment.assigned_on, today)
        not_before("assigned_on", assignment.assigned_on, self.planned_on, "the plan entry")
        why = assignment.unit.unqualified_for(assignment.role, assignment.assigned_on)
        if why is not None:
            raise FieldValueError("unit", f"cannot be assigned {assignment.role.code} work: {why}")
        policy.enforce(
            Duty.QUALIFICATION_GRADE, duties.grade(policy, assignment.role, assignment.unit)
        )
        return attrs.evolve(self, assignments=(*self.assignments, assignment))

    def revise(
        self,
        *,
        client: Organisation,
        profile: ApprovalProfile,
        networks: Iterable[Network],
        budget_yuan: Decimal,
    ) -> "Project":
        """The project's own facts corrected. Only before its design is approved: the approval,
        and the parties to the acceptance, rest on them."""
        self._require(lambda s: s.rank < Stage.APPROVED.rank, "its facts revised")
        return attrs.evolve(
            self,
            client=client,
            profile=profile,
            networks=tuple(networks),
            budget_yuan=budget_yuan,
        )

    def check_plan(self, plan: RenovationPlan) -> None:
        """Refuse a change of the plan this project, under way, rests on: the plan keeps the
        project's year, and its items touch no network whose operator the project's acceptance
        would leave out."""
        if plan.year != self.year:
            why = f"its plan stays in {self.year}"
        else:
            try:
                project_networks(plan.items, self.networks)
            except FieldValueError as error:
                why = f"the project's networks do not cover the plan's items: {error.message}"
            else:
                return
        raise RuleViolation(
            "has-project",
            f"the {self.year} project of {self.compound} is under way: {why}; cancel the "
            "project first",
        )

    def join(self, package: TenderPackage) -> "Project":
        """The project let within ``package``."""
        self._require(lambda s: s.rank <= Stage.APPROVED.rank, "joined a tender package")
        if self.tender_package is not None:
            raise RuleViolation(
                "already-packaged",
                f"the project of {self.compound} is in tender package {self.tender_package}",
            )
        if package.year != self.year:
            raise FieldValueError(
                "year", f"the project of {self.compound} is in {self.year}, not {package.year}"
            )
        return attrs.evolve(self, tender_package=package.code)

    def inspect(
        self, *, on: datetime.date, inspector: str, findings: str, today: datetime.date
    ) -> "Project":
        """The project with one more quality and safety inspection."""
        self._on_site("inspected", on, today)
        inspection = Inspection(
            number=len(self.inspections) + 1, on=on, inspector=inspector, findings=findings
        )
        return attrs.evolve(self, inspections=(*self.inspections, inspection))

    def report_hazard(
        self,
        *,
        found_on: datetime.date,
        description: str,
        level: HazardLevel,
        deadline: datetime.date,
        today: datetime.date,
    ) -> "Project":
        """The project with one more open hazard to rectify by ``deadline``."""
        self._on_site("reported hazards", found_on, today, field="found_on")
        hazard = Hazard(
            number=len(self.hazards) + 1,
            found_on=found_on,
            description=description,
            level=level,
            deadline=deadline,
        )
        return attrs.evolve(self, hazards=(*self.hazards, hazard))

    def close_hazard(self, number: int, closure: Closure, today: datetime.date) -> "Project":
        """The project with hazard ``number`` rectified (its evidence is required)."""
        self._require(lambda s: s is not Stage.CANCELLED, "closed hazards")
        hazards = _closed(self.hazards, number, closure, today, "hazard", "was found", _found_on)
        return attrs.evolve(self, hazards=hazards)

    def supply_material(
        self,
        *,
        material: str,
        supplier: str,
        quantity: str,
        delivered_on: datetime.date,
        inspection: str,
        today: datetime.date,
    ) -> "Project":
        """The project with a supply of materials accepted on site: from its step to tendered
        to the works' completion, each with the inspection that accepted it."""
        self._require(
            lambda s: Stage.TENDERED.rank <= s.rank <= Stage.COMPLETED.rank, "materials supplied"
        )
        tendered = self.reached(Stage.TENDERED)
        assert tendered is not None  # the stage says so
        not_after("delivered_on", delivered_on, today)
        not_before("delivered_on", delivered_on, tendered.on, "the project's step to tendered")
        completed = self.reached(Stage.COMPLETED)
        if completed is not None and delivered_on > completed.on:
            raise FieldValueError(
                "delivered_on",
                f"must not be after the completion of the works ({completed.on}), "
                f"got {delivered_on}",
            )
        supply = MaterialSupply(
            number=len(self.materials) + 1,
            material=material,
            supplier=supplier,
            quantity=quantity,
            delivered_on=delivered_on,
            inspection=inspection,
        )
        return attrs.evolve(self, materials=(*self.materials, supply))

    def report_event(
        self,
        *,
        kind: EventKind,
        occurred_at: datetime.datetime,
        consequence: str,
        measures: str,
        by: str,
        now: datetime.datetime,
    ) -> "Project":
        """The project with a major event reported to the city at ``now`` (重大建设信息, the
        server's instant, dated as China counts days): an event from the project's entry into
        the plan to the moment of its report, while the project is live."""
        self._require(lambda _: True, "major events reported")
        event = MajorEvent(
            number=len(self.major_events) + 1,
            kind=kind,
            occurred_at=occurred_at,
            consequence=consequence,
            measures=measures,
            reported_on=day_in_china(now),
            reported_by=by,
        )
        if occurred_at > now:
            raise FieldValueError(
                "occurred_at",
                f"must not be after the report ({now.isoformat(timespec='seconds')}), "
                f"got {occurred_at.isoformat()}",
            )
        not_before("occurred_at", event.occurred_on, self.planned_on, "the plan entry")
        return attrs.evolve(self, major_events=(*self.major_events, event))

    def close_event(self, number: int, closure: EventClosure, today: datetime.date) -> "Project":
        """The project with major event ``number`` closed, saying what was done (a cancelled
        project's too: its events stay open until closed)."""
        events = _closed(
            self.major_events,
            number,
            closure,
            today,
            "major event",
            "happened",
            _occurred_on,
        )
        return attrs.evolve(self, major_events=events)

    def accept(
        self,
        *,
        held_on: datetime.date,
        attendees: Iterable[Attendee],
        passed: bool,
        remarks: str | None,
        today: datetime.date,
    ) -> "Project":
        """The project with the record of a joint acceptance meeting. It counts only with every
        mandatory party present; the works pass only with no hazard open."""
        if self.stage is not Stage.COMPLETED:
            raise self._wrong_stage("held its joint acceptance", (Stage.COMPLETED,))
        completed = self.reached(Stage.COMPLETED)
        assert completed is not None  # the stage says so
        not_after("held_on", held_on, today)
        not_before("held_on", held_on, completed.on, "the completion of the works")
        acceptance = Acceptance(
            number=len(self.acceptances) + 1,
            held_on=held_on,
            attendees=tuple(attendees),
            passed=passed,
            remarks=remarks,
        )
        absent = acceptance.absent(self.networks)
        if absent:
            raise DataError(
                [FieldError(path="attendees", message=f"nobody attended for: {', '.join(absent)}")]
            )
        if passed and self.open_hazards(held_on):
            raise self._hazards_open(held_on)
        return attrs.evolve(self, acceptances=(*self.acceptances, acceptance))

    def hand_over(self, handover: Handover, today: datetime.date) -> "Project":
        """The project with one touched network handed to its operator after filing."""
        if self.stage is not Stage.FILED:
            raise self._wrong_stage("handed networks over", (Stage.FILED,))
        if handover.network not in self.networks:
            raise FieldValueError(
                "network",
                f"the works touched {_codes(self.networks) or 'no network'}, "
                f"not {handover.network.code}",
            )
        if handover.network in self.handed_over():
            raise RuleViolation(
                "already-handed-over", f"the {handover.network.code} network was handed over"
            )
        filed = self.reached(Stage.FILED)
        assert filed is not None  # the stage says so
        not_after("on", handover.on, today)
        not_before("on", handover.on, filed.on, "the filing")
        return attrs.evolve(self, handovers=(*self.handovers, handover))

    # The rules behind the commands.

    def _check_guard(
        self, to: Stage, on: datetime.date, tender: TenderPackage | None, policy: "Policy"
    ) -> None:
        if to in duties.ENGAGED_BEFORE:
            role, by = duties.ENGAGED_BEFORE[to]
            engaged = self.unit(role, on) is not None
            policy.enforce(Duty.SURVEY_AND_TESTING, duties.unit_engaged(role, engaged, by))
        if to is Stage.APPROVED and self.missing_documents(on):
            raise RuleViolation(
                "documents-missing",
                f"the design is approved only with {_codes(self.missing_documents(on))} "
                f"issued by {on}",
            )
        for role in _UNITS_FOR.get(to, ()):
            assigned = self.unit(role, on)
            if assigned is None:
                raise RuleViolation(
                    "unit-missing",
                    f"{to.code} on {on} needs a qualified {role.code} unit assigned by then",
                )
            why = assigned.unit.unqualified_for(role, on)
            if why is not None:
                raise RuleViolation("unit-unqualified", f"{to.code} on {on}: {why}")
        if to is Stage.TENDERED:
            ours = tender is not None and tender.code == self.tender_package
            award = tender.award if tender is not None and ours else None
            if award is None or award.awarded_on > on:
                raise RuleViolation(
                    "tender-not-awarded",
                    f"the project of {self.compound} is tendered once its package is awarded"
                    + (f" (on {award.awarded_on})" if award is not None else ""),
                )
        if to is Stage.ACCEPTED:
            if self.open_hazards(on):
                raise self._hazards_open(on)
            accepted = self.accepted_by()
            if accepted is None or accepted.held_on > on:
                raise RuleViolation(
                    "not-accepted", "the works are accepted by a joint acceptance they passed"
                )
        if to is Stage.HANDED_OVER:
            missing = [n for n in self.networks if n not in self.handed_over(on)]
            if missing:
                raise RuleViolation(
                    "handover-missing",
                    f"networks not handed to their operators by {on}: {_codes(missing)}",
                )

    def _why_not(self, to: Stage, allowed: tuple[Stage, ...]) -> str:
        if not allowed:
            return f"a project {self.stage.code} takes no further step"
        skipped = [s.code for s in Stage if self.effective_stage.rank < s.rank < to.rank]
        if self.stage is not Stage.SUSPENDED and skipped:
            return (
                f"a project {self.stage.code} cannot move to {to.code} without "
                f"{', '.join(skipped)} first (严禁边设计边施工: no works before the design is "
                f"approved and the tender awarded); allowed: {_codes(allowed)}"
            )
        return f"a project {self.stage.code} cannot move to {to.code}; allowed: {_codes(allowed)}"

    def _require(self, ok: Callable[[Stage], bool], doing: str) -> None:
        if not ok(self.effective_stage) or self.stage is Stage.CANCELLED:
            raise RuleViolation("wrong-stage", f"a project {self.stage.code} cannot have {doing}")

    def _on_site(
        self, doing: str, on: datetime.date, today: datetime.date, field: str = "on"
    ) -> None:
        """Inspections and hazards belong to the works, from their start to their acceptance."""
        if self.effective_stage not in _SITE_STAGES:
            raise self._wrong_stage(doing, _SITE_STAGES)
        started = self.reached(Stage.UNDER_CONSTRUCTION)
        assert started is not None  # the stage says so
        not_after(field, on, today)
        not_before(field, on, started.on, "the start of construction")

    def _wrong_stage(self, doing: str, stages: tuple[Stage, ...]) -> RuleViolation:
        return RuleViolation(
            "wrong-stage",
            f"a project {self.stage.code} cannot have {doing}; it must be {_codes(stages, 'or')}",
        )

    def _hazards_open(self, on: datetime.date) -> RuleViolation:
        numbers = ", ".join(str(h.number) for h in self.open_hazards(on))
        return RuleViolation(
            "open-hazards", f"hazards open on {on} or still open block the acceptance: {numbers}"
        )


Closable = TypeVar("Closable", Hazard, MajorEvent)


def _found_on(hazard: Hazard) -> datetime.date:
    return hazard.found_on


def _occurred_on(event: MajorEvent) -> datetime.date:
    return event.occurred_on


def _closed(
    records: tuple[Closable, ...],
    number: int,
    closure: Closure | EventClosure,
    today: datetime.date,
    what: str,
    since: str,
    began: Callable[[Closable], datetime.date],
) -> tuple[Closable, ...]:
    """``records`` with record ``number`` closed by ``closure`` (of its own kind): once, never
    in the future nor before the record ``began``; ``LookupError`` if there is no such record."""
    record = next((r for r in records if r.number == number), None)
    if record is None:
        raise LookupError(f"{what} {number}")
    if record.closure is not None:
        raise RuleViolation("already-closed", f"{what} {number} was closed on {record.closure.on}")
    not_after("on", closure.on, today)
    not_before("on", closure.on, began(record), f"the day {what} {number} {since}")
    closed: Any = closure  # a hazard takes a Closure, an event an EventClosure
    return tuple(attrs.evolve(r, closure=closed) if r is record else r for r in records)


def _codes(members: Iterable[Any], joined: str = "and") -> str:
    codes = [m.code for m in members]
    return ", ".join(codes[:-1]) + f" {joined} {codes[-1]}" if len(codes) > 1 else "".join(codes)


def award_package(
    package: TenderPackage,
    award: Award,
    members: Iterable[Project],
    today: datetime.date,
    policy: "Policy",
) -> tuple[TenderPackage, tuple[Project, ...]]:
    """``package`` awarded, and its projects with the contractor as their construction unit
    (cancelled ones as they were). A tender follows the design: every live project in the
    package must have its design approved, on or before the day of the award. A direct award
    stays within the ``policy``'s limit."""
    policy.enforce(Duty.DIRECT_AWARD, duties.direct_award(policy, award))
    members = tuple(members)
    live = [m for m in members if m.stage is not Stage.CANCELLED]
    waiting = [m.compound for m in live if m.stage is not Stage.APPROVED]
    if waiting:
        raise RuleViolation(
            "design-not-approved",
            f"the projects of {', '.join(waiting)} must have their design approved (and not be "
            "suspended) before their tender is awarded",
        )
    for member in live:
        approved = member.reached(Stage.APPROVED)
        assert approved is not None  # the stage says so
        not_before("awarded_on", award.awarded_on, approved.on, f"{member.compound}'s approval")
    contractor = Assignment(
        role=UnitRole.CONSTRUCTION, unit=award.contractor, assigned_on=award.awarded_on
    )
    return package.awarded(award, today), tuple(
        m.assign(contractor, today, policy) if m in live else m for m in members
    )


def _check_outside(
    to: Stage,
    on: datetime.date,
    policy: "Policy",
    committee: Committee | None,
    asked: tuple[Canvassed | None, datetime.date | None],
    aftercare: Managed | None,
    items: Iterable[str],
) -> None:
    """The guards that rest on records beside the project: the residents' committee, and their
    menu or canvass (``asked``) before the design; a management mode, the elevators' and the
    maintenance fund before long-term management."""
    if to is Stage.DESIGNING:
        require_formed(committee, on, "the design starts")
        policy.enforce(Duty.CANVASS_BEFORE_DESIGN, duties.canvass(*asked, on))
    if to is Stage.IN_MANAGEMENT:
        if aftercare is None or aftercare.mode_on(on) is None:
            raise RuleViolation(
                "management-missing",
                f"long-term management starts with a property-management mode (物业管理全覆盖); "
                f"none was in force on {on}",
            )
        policy.enforce(Duty.ELEVATOR_MANAGEMENT, duties.elevator_management(items, aftercare, on))
        policy.enforce(Duty.MAINTENANCE_FUND, duties.maintenance_fund(aftercare, on))
