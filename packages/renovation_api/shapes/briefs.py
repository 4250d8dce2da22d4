"""A compound's brief to its residents as the API shows it (知情权、监督权): its plan, budget,
funding by source, stage and survey results, all of the compound and in aggregate."""

import datetime
from typing import Annotated

import msgspec

import renovation_core as core
from renovation_api.fields import (
    Code,
    DistrictCode,
    Label,
    LocalCode,
    Money,
    Name,
    Rate,
    Year,
    maybe,
    rate_text,
    text,
)
from renovation_api.shapes.register import PlanOut, plan_out
from renovation_api.shapes.surveys import (
    QuestionResultOut,
    Respondents,
    Score,
    questions_out,
    score,
)
from renovation_core.delivery import Stage
from renovation_core.funding import FundingSource
from renovation_core.participation.surveys import MAX_QUESTIONS, MAX_SURVEYS
from renovation_core.validators import MAX_BUILDINGS, MAX_HOUSEHOLDS


class BriefCompound(msgspec.Struct, kw_only=True):
    code: Code
    name: Name
    district: DistrictCode
    street: LocalCode
    built_year: Year
    buildings: Annotated[int, msgspec.Meta(ge=1, le=MAX_BUILDINGS)]
    households: Annotated[int, msgspec.Meta(ge=1, le=MAX_HOUSEHOLDS)]


class SourceShareOut(msgspec.Struct, kw_only=True):
    """One source's part of the approved funding, its share of the whole and what it has paid
    so far."""

    source: FundingSource
    source_label: Label
    amount_yuan: Money
    share: Rate
    paid_yuan: Money


class BriefSurvey(msgspec.Struct, kw_only=True):
    """A published survey's results for the compound; ``disclosed`` is false (and neither the
    number of respondents nor any question is shown) where fewer than 5 households responded."""

    survey: Code
    title: Name
    published_on: datetime.date
    respondents: Respondents | None
    disclosed: bool
    satisfaction: Score | None
    questions: Annotated[list[QuestionResultOut], msgspec.Meta(max_length=MAX_QUESTIONS)]


class BriefOut(msgspec.Struct, kw_only=True):
    """The compound's renovation as its residents see it. ``budget_yuan`` is what the funding
    must balance to (the project's budget, else the plan's estimate); ``funding`` the version
    both bureaus approved (empty before then); ``stage`` the live project's."""

    programme: Code
    compound: BriefCompound
    plan: PlanOut | None
    budget_yuan: Money | None
    funding_approved_on: datetime.date | None
    funding: Annotated[list[SourceShareOut], msgspec.Meta(max_length=len(FundingSource))]
    stage: Stage | None
    stage_label: Label | None
    surveys: Annotated[list[BriefSurvey], msgspec.Meta(max_length=MAX_SURVEYS)]


def brief_out(programme: core.Programme, brief: core.Brief) -> BriefOut:
    compound, plan = brief.compound, brief.plan
    return BriefOut(
        programme=programme.code,
        compound=BriefCompound(
            code=compound.code,
            name=compound.name,
            district=compound.district,
            street=compound.street,
            built_year=compound.built_year,
            buildings=compound.buildings,
            households=compound.households,
        ),
        plan=None if plan is None else plan_out(plan, programme.catalogue),
        budget_yuan=maybe(text, brief.budget_yuan),
        funding_approved_on=brief.funding_approved_on,
        funding=[
            SourceShareOut(
                source=share.source,
                source_label=share.source.label,
                amount_yuan=text(share.amount_yuan),
                share=rate_text(share.share),
                paid_yuan=text(share.paid_yuan),
            )
            for share in brief.funding
        ],
        stage=brief.stage,
        stage_label=brief.stage.label if brief.stage else None,
        surveys=[
            BriefSurvey(
                survey=outcome.survey.code,
                title=outcome.survey.title,
                published_on=outcome.published_on,
                respondents=outcome.results.respondents if outcome.results else None,
                disclosed=outcome.results is not None,
                satisfaction=score(outcome.results.satisfaction) if outcome.results else None,
                questions=questions_out(outcome.survey, outcome.results) if outcome.results else [],
            )
            for outcome in brief.surveys
        ],
    )
