"""The enumerations the API speaks, with their zh-CN labels, so clients never translate."""

from typing import Annotated, Any

import msgspec
from litestar import Controller, get

import renovation_core as core
from renovation_api.fields import Code, Label
from renovation_api.guards import needs
from renovation_api.imports import ImportMode, ImportStatus
from renovation_api.problems import problem_responses
from renovation_api.services import events
from renovation_api.shapes.events import EventType
from renovation_core import delivery, funding, oversight, participation
from renovation_core.labels import Labelled
from renovation_core.text import LINE_PATTERN


class Term(msgspec.Struct, kw_only=True):
    code: Code
    label: Label


class CategoryTerm(msgspec.Struct, kw_only=True):
    code: core.Category
    label: Label
    obligation: Label


class EventTypeTerm(msgspec.Struct, kw_only=True):
    """A type of domain event (``GET /v1/events``, webhooks): who may read it, and what it
    tells."""

    code: EventType
    label: Label
    read_with: core.Permission
    description: Annotated[str, msgspec.Meta(max_length=200, pattern=LINE_PATTERN)]


def _at_most(enum: Any) -> Any:
    return msgspec.Meta(max_length=len(enum))


class Vocabularies(msgspec.Struct, kw_only=True):
    """Every code the API uses and the label to show for it (zh-CN)."""

    categories: Annotated[list[CategoryTerm], _at_most(core.Category)]
    property_types: Annotated[list[Term], _at_most(core.PropertyType)]
    severities: Annotated[list[Term], _at_most(core.Severity)]
    priority_levels: Annotated[list[Term], _at_most(core.PriorityLevel)]
    ineligibility_reasons: Annotated[list[Term], _at_most(core.Ineligibility)]
    roles: Annotated[list[Term], _at_most(core.Role)]
    stages: Annotated[list[Term], _at_most(delivery.Stage)]
    document_kinds: Annotated[list[Term], _at_most(delivery.DocumentKind)]
    unit_roles: Annotated[list[Term], _at_most(delivery.UnitRole)]
    hazard_levels: Annotated[list[Term], _at_most(delivery.HazardLevel)]
    attendee_roles: Annotated[list[Term], _at_most(delivery.AttendeeRole)]
    networks: Annotated[list[Term], _at_most(delivery.Network)]
    procurement_methods: Annotated[list[Term], _at_most(delivery.ProcurementMethod)]
    warning_kinds: Annotated[list[Term], _at_most(delivery.WarningKind)]
    major_event_kinds: Annotated[list[Term], _at_most(delivery.EventKind)]
    funding_sources: Annotated[list[Term], _at_most(funding.FundingSource)]
    funding_statuses: Annotated[list[Term], _at_most(funding.FundingStatus)]
    bureaus: Annotated[list[Term], _at_most(funding.Bureau)]
    verdicts: Annotated[list[Term], _at_most(funding.Verdict)]
    flag_kinds: Annotated[list[Term], _at_most(funding.FlagKind)]
    matters: Annotated[list[Term], _at_most(participation.Matter)]
    choices: Annotated[list[Term], _at_most(participation.Choice)]
    committee_roles: Annotated[list[Term], _at_most(participation.CommitteeRole)]
    question_kinds: Annotated[list[Term], _at_most(participation.QuestionKind)]
    survey_purposes: Annotated[list[Term], _at_most(participation.SurveyPurpose)]
    report_statuses: Annotated[list[Term], _at_most(oversight.ReportStatus)]
    management_modes: Annotated[list[Term], _at_most(oversight.ManagementMode)]
    elevator_modes: Annotated[list[Term], _at_most(oversight.ElevatorMode)]
    fund_movement_kinds: Annotated[list[Term], _at_most(oversight.FundMovementKind)]
    parties: Annotated[list[Term], _at_most(oversight.Party)]
    assessment_dimensions: Annotated[list[Term], _at_most(oversight.Dimension)]
    duties: Annotated[list[Term], _at_most(core.Duty)]
    enforcements: Annotated[list[Term], _at_most(core.Enforcement)]
    import_modes: Annotated[list[Term], _at_most(ImportMode)]
    import_statuses: Annotated[list[Term], _at_most(ImportStatus)]
    event_types: Annotated[list[EventTypeTerm], _at_most(EventType)]


def _terms(enum: Any) -> list[Term]:
    members: list[Labelled] = list(enum)
    return [Term(code=m.code, label=m.label) for m in members]


class VocabularyController(Controller):
    path = "/v1/vocabularies"
    tags = ("vocabularies",)

    @get(
        "/",
        operation_id="getVocabularies",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Codes and their labels",
        description="The stable English codes of every enumeration and their zh-CN labels.",
        responses=problem_responses(),
    )
    async def get_vocabularies(self) -> Vocabularies:
        return Vocabularies(
            categories=[
                CategoryTerm(code=c, label=c.label, obligation=c.obligation) for c in core.Category
            ],
            property_types=_terms(core.PropertyType),
            severities=_terms(core.Severity),
            priority_levels=_terms(core.PriorityLevel),
            ineligibility_reasons=_terms(core.Ineligibility),
            roles=_terms(core.Role),
            stages=_terms(delivery.Stage),
            document_kinds=_terms(delivery.DocumentKind),
            unit_roles=_terms(delivery.UnitRole),
            hazard_levels=_terms(delivery.HazardLevel),
            attendee_roles=_terms(delivery.AttendeeRole),
            networks=_terms(delivery.Network),
            procurement_methods=_terms(delivery.ProcurementMethod),
            warning_kinds=_terms(delivery.WarningKind),
            major_event_kinds=_terms(delivery.EventKind),
            funding_sources=_terms(funding.FundingSource),
            funding_statuses=_terms(funding.FundingStatus),
            bureaus=_terms(funding.Bureau),
            verdicts=_terms(funding.Verdict),
            flag_kinds=_terms(funding.FlagKind),
            matters=_terms(participation.Matter),
            choices=_terms(participation.Choice),
            committee_roles=_terms(participation.CommitteeRole),
            question_kinds=_terms(participation.QuestionKind),
            survey_purposes=_terms(participation.SurveyPurpose),
            report_statuses=_terms(oversight.ReportStatus),
            management_modes=_terms(oversight.ManagementMode),
            elevator_modes=_terms(oversight.ElevatorMode),
            fund_movement_kinds=_terms(oversight.FundMovementKind),
            parties=_terms(oversight.Party),
            assessment_dimensions=_terms(oversight.Dimension),
            duties=_terms(core.Duty),
            enforcements=_terms(core.Enforcement),
            import_modes=_terms(ImportMode),
            import_statuses=_terms(ImportStatus),
            event_types=[
                EventTypeTerm(
                    code=EventType(code), label=label, read_with=permission, description=what
                )
                for code, label, permission, what in events.describe()
            ],
        )
