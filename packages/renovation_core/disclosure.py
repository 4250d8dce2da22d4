"""What a compound's residents are told of their own renovation (知情权、监督权).

A household's representative (or anyone, where the city publishes it) reads one compound's
brief: its plan and budget, the approved funding by source with what each source has paid, the
project's stage, and the published surveys' results for the compound. All of it is the
compound's own and in aggregate: no household, ballot or answer is in it, and a survey's results
for the compound are withheld where too few households responded to keep each answer private.
"""

import datetime
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.delivery.project import Project
from renovation_core.delivery.stages import Stage
from renovation_core.funding.ledger import Ledger
from renovation_core.funding.plan import budget_of
from renovation_core.funding.review import Funding
from renovation_core.funding.sources import FundingSource
from renovation_core.participation.surveys import Response, Results, Survey
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan


@attrs.frozen(kw_only=True)
class SourceShare:
    """One source's part of the approved funding: its amount, its exact share of the whole, and
    what it has paid so far, net of reversals."""

    source: FundingSource
    amount_yuan: Decimal
    share: Fraction
    paid_yuan: Decimal


@attrs.frozen(kw_only=True)
class SurveyOutcome:
    """A published survey's results for the compound; where fewer households responded than may
    be disclosed, neither the results nor their number (as the public results leave such a
    compound out)."""

    survey: Survey
    published_on: datetime.date
    results: Results | None


@attrs.frozen(kw_only=True)
class Brief:
    """One compound's renovation as its residents see it. ``funding`` is the version both
    bureaus approved (empty before then) and ``funding_approved_on`` the day it was, ``stage``
    the live project's (None before it is entered, or once it is cancelled)."""

    compound: Compound
    plan: RenovationPlan | None
    budget_yuan: Decimal | None
    funding_approved_on: datetime.date | None
    funding: tuple[SourceShare, ...]
    stage: Stage | None
    surveys: tuple[SurveyOutcome, ...]


def brief(
    compound: Compound,
    plan: RenovationPlan | None,
    project: Project | None,
    funding: Funding | None,
    ledger: Ledger,
    surveys: Iterable[tuple[Survey, Sequence[Response]]],
) -> Brief:
    """The compound's brief; ``surveys`` are the programme's with the compound's responses to
    each, of which only the published are told."""
    approved = funding.approved if funding is not None else None
    return Brief(
        compound=compound,
        plan=plan,
        budget_yuan=budget_of(plan, project) if plan is not None else None,
        funding_approved_on=funding.in_force_on if funding is not None else None,
        funding=_shares(approved.by_source() if approved is not None else {}, ledger),
        stage=project.stage if project is not None else None,
        surveys=tuple(
            _outcome(survey, survey.published_on, responses)
            for survey, responses in surveys
            if survey.published_on is not None
        ),
    )


def _shares(amounts: dict[FundingSource, Decimal], ledger: Ledger) -> tuple[SourceShare, ...]:
    paid = ledger.paid_by_source()
    total = sum(amounts.values(), Decimal(0))
    return tuple(
        SourceShare(
            source=source,
            amount_yuan=amounts[source],
            share=Fraction(amounts[source]) / Fraction(total),
            paid_yuan=paid.get(source, Decimal("0.00")),
        )
        for source in FundingSource
        if source in amounts
    )


def _outcome(
    survey: Survey, published_on: datetime.date, responses: Sequence[Response]
) -> SurveyOutcome:
    results = survey.results(responses)
    return SurveyOutcome(
        survey=survey,
        published_on=published_on,
        results=results if results.disclosable else None,
    )
