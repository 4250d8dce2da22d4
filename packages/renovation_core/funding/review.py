"""Budget review: a compound's funding plan as drafted, submitted and reviewed by the district.

The district housing bureau and the district finance bureau each review the submitted plan;
both must approve before any money is paid, either may return it with reasons, and nobody
reviews a submission of their own. A plan revised after approval goes back for review while
the approved version stays in force, so payments against it continue and are judged by it.
"""

import datetime
from decimal import Decimal
from typing import Self

import attrs

from renovation_core.access import Permission, Principal, Role
from renovation_core.errors import FieldError, FieldValueError, RuleViolation
from renovation_core.funding.plan import FundingPlan, check_funding
from renovation_core.funding.responses import FlagResponse
from renovation_core.labels import Labelled
from renovation_core.policy import Policy
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import at_most, not_after, not_blank, note

MAX_REVIEWS = 1000
MAX_RESPONSES = 1000
MAX_REASONS = 20


class Bureau(Labelled):
    HOUSING = ("housing", "区住房和城乡建设局")
    FINANCE = ("finance", "区财政局")


# Whose bureau a reviewer speaks for; the city administrator may record either's verdict.
_SPEAKS_FOR = {Role.DISTRICT_OFFICER: Bureau.HOUSING, Role.FINANCE_OFFICER: Bureau.FINANCE}


def reviews_for(principal: Principal, bureau: Bureau) -> bool:
    """Whether ``principal`` may give ``bureau``'s verdict on a budget."""
    if not principal.may(Permission.REVIEW_FUNDING):
        return False
    return principal.role is Role.CITY_ADMIN or _SPEAKS_FOR.get(principal.role) is bureau


class Verdict(Labelled):
    APPROVED = ("approved", "审核通过")
    RETURNED = ("returned", "退回修改")


class FundingStatus(Labelled):
    DRAFT = ("draft", "编制中")
    SUBMITTED = ("submitted", "审核中")
    RETURNED = ("returned", "已退回")
    APPROVED = ("approved", "已批复")


def _reasons(
    instance: object, attribute: "attrs.Attribute[tuple[str, ...]]", value: tuple[str, ...]
) -> None:
    for reason in value:
        note(instance, attribute, reason)


@attrs.frozen(kw_only=True)
class Review:
    """One bureau's verdict on one submission (``round``); a return says why."""

    round: int = attrs.field(validator=attrs.validators.ge(1))
    bureau: Bureau
    verdict: Verdict
    on: datetime.date
    by: str = attrs.field(validator=not_blank)
    reasons: tuple[str, ...] = attrs.field(
        default=(), validator=[at_most(MAX_REASONS, "reasons"), _reasons]
    )

    def __attrs_post_init__(self) -> None:
        if self.verdict is Verdict.RETURNED and not self.reasons:
            raise FieldValueError("reasons", "a returned budget says why")


@attrs.frozen(kw_only=True)
class Submission:
    round: int = attrs.field(validator=attrs.validators.ge(1))
    on: datetime.date
    by: str = attrs.field(validator=not_blank)


@attrs.frozen(kw_only=True)
class Funding:
    """A compound's funding: the plan as it stands, its reviews, and the version in force.

    ``approved`` is the last version both bureaus approved, and ``approved_on`` the day money
    could first be paid (the first approval): payments are made against the former and judged
    against the latter.
    """

    plan: FundingPlan
    status: FundingStatus = FundingStatus.DRAFT
    submissions: tuple[Submission, ...] = attrs.field(
        default=(), validator=at_most(MAX_REVIEWS, "submissions")
    )
    reviews: tuple[Review, ...] = attrs.field(default=(), validator=at_most(MAX_REVIEWS, "reviews"))
    approved: FundingPlan | None = None
    approved_on: datetime.date | None = None
    # What was done about its supervision flags (see renovation_core.funding.supervision).
    responses: tuple[FlagResponse, ...] = attrs.field(
        default=(), validator=at_most(MAX_RESPONSES, "responses")
    )

    @property
    def submission(self) -> Submission | None:
        return self.submissions[-1] if self.submissions else None

    @property
    def in_force_on(self) -> datetime.date | None:
        """The day the version in force was approved: the later of both bureaus' approvals of
        the last round they both approved (``approved_on`` for one recorded without reviews)."""
        if self.approved is None:
            return None
        approvals: dict[int, list[datetime.date]] = {}
        for review in self.reviews:
            if review.verdict is Verdict.APPROVED:
                approvals.setdefault(review.round, []).append(review.on)
        rounds = [n for n, days in approvals.items() if len(days) == len(Bureau)]
        return max(approvals[max(rounds)]) if rounds else self.approved_on

    def revise(self, plan: FundingPlan) -> Self:
        """Replace the plan's lines; a plan under review is the reviewers' until they decide."""
        if (plan.compound, plan.year) != (self.plan.compound, self.plan.year):
            raise FieldValueError("plan", "a revision funds the same compound in the same year")
        if plan == self.plan:
            return self
        if self.status is FundingStatus.SUBMITTED:
            raise RuleViolation(
                "under-review", "the funding plan is under review; it changes once returned"
            )
        return attrs.evolve(self, plan=plan, status=FundingStatus.DRAFT)

    @property
    def holds_plan(self) -> bool:
        """Whether the bureaus have seen it: its plan then keeps its year, and stays."""
        return bool(self.submissions)

    def follow(self, plan: RenovationPlan | None) -> Self | None:
        """This funding once its compound's plan becomes ``plan`` (None: the plan is removed).
        A funding never sent for review moves with the plan's year and goes with the plan; one
        the bureaus have seen keeps its plan's year, and its plan."""
        if plan is not None and plan.year == self.plan.year:
            return self
        if self.holds_plan:
            raise RuleViolation(
                "has-funding",
                f"the compound's {self.plan.year} funding plan has gone for review; its plan "
                "keeps its year and stays",
            )
        return (
            None
            if plan is None
            else attrs.evolve(self, plan=attrs.evolve(self.plan, year=plan.year))
        )

    def submit(
        self,
        *,
        on: datetime.date,
        by: str,
        budget_yuan: Decimal,
        compound: Compound,
        plan: RenovationPlan,
        policy: Policy,
        today: datetime.date,
    ) -> Self:
        """Send the plan for review: only a plan that keeps every funding rule goes."""
        not_after("on", on, today)
        if self.status is FundingStatus.SUBMITTED:
            raise RuleViolation("under-review", "the funding plan is already under review")
        if self.status is FundingStatus.APPROVED and self.plan == self.approved:
            raise RuleViolation("already-approved", "this version of the plan is approved")
        latest = max(
            (*(s.on for s in self.submissions), *(r.on for r in self.reviews)), default=None
        )
        if latest is not None and on < latest:
            raise FieldValueError(
                "on", f"must not be before the last submission or review ({latest})"
            )
        self._keeps_the_rules(budget_yuan, compound, plan, policy, "fix them before review")
        number = len(self.submissions) + 1
        return attrs.evolve(
            self,
            status=FundingStatus.SUBMITTED,
            submissions=(*self.submissions, Submission(round=number, on=on, by=by)),
        )

    def _keeps_the_rules(
        self,
        budget_yuan: Decimal,
        compound: Compound,
        plan: RenovationPlan,
        policy: Policy,
        then: str,
    ) -> None:
        findings = check_funding(self.plan, budget_yuan, compound, plan, policy)
        if findings:
            raise RuleViolation(
                "funding-rules",
                f"the funding plan breaks {len(findings)} rule(s); {then}",
                errors=[
                    FieldError(path=f"$.{f.location}", message=f"{f.code}: {f.message}")
                    for f in findings
                ],
            )

    def review(
        self,
        bureau: Bureau,
        verdict: Verdict,
        *,
        round: int,
        on: datetime.date,
        by: str,
        reasons: tuple[str, ...] = (),
        budget_yuan: Decimal,
        compound: Compound,
        plan: RenovationPlan,
        policy: Policy,
        today: datetime.date,
    ) -> Self:
        """Record one bureau's verdict on submission ``round`` (the one the reviewer read); the
        second approval puts the plan in force. An approval judges the plan again, against the
        budget and the compound's plan as they are now, which may have changed since."""
        not_after("on", on, today)
        submission = self.submission
        if self.status is not FundingStatus.SUBMITTED or submission is None:
            raise RuleViolation(
                "not-submitted", f"the funding plan is {self.status.code}, not under review"
            )
        if round != submission.round:
            raise RuleViolation(
                "stale-submission",
                f"submission {submission.round} is under review, not {round}; read it first",
            )
        if on < submission.on:
            raise FieldValueError("on", f"must not be before the submission ({submission.on})")
        if by == submission.by:
            raise RuleViolation("own-submission", "nobody reviews a submission of their own")
        verdicts = {r.bureau: r for r in self.reviews if r.round == submission.round}
        if bureau in verdicts:
            raise RuleViolation(
                "already-reviewed",
                f"the {bureau.label} has reviewed this submission "
                f"({verdicts[bureau].verdict.code})",
            )
        if any(r.by == by for r in verdicts.values()):
            raise RuleViolation(
                "one-bureau-each", "the two bureaus' verdicts come from two different reviewers"
            )
        review = Review(
            round=submission.round, bureau=bureau, verdict=verdict, on=on, by=by, reasons=reasons
        )
        reviewed = attrs.evolve(self, reviews=(*self.reviews, review))
        if verdict is Verdict.RETURNED:
            return attrs.evolve(reviewed, status=FundingStatus.RETURNED)
        self._keeps_the_rules(
            budget_yuan, compound, plan, policy, "return it rather than approve it"
        )
        if len(verdicts) + 1 < len(Bureau):
            return reviewed
        # In force from the later of the two approvals, whichever was recorded last.
        in_force = max(on, *(r.on for r in verdicts.values()))
        return attrs.evolve(
            reviewed,
            status=FundingStatus.APPROVED,
            approved=self.plan,
            approved_on=self.approved_on or in_force,
        )

    def pending(self) -> tuple[Bureau, ...]:
        """The bureaus yet to decide on the submission under review."""
        submission = self.submission
        if self.status is not FundingStatus.SUBMITTED or submission is None:
            return ()
        done = {r.bureau for r in self.reviews if r.round == submission.round}
        return tuple(b for b in Bureau if b not in done)
