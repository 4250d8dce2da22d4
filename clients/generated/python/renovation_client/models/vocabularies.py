from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.category_term import CategoryTerm
    from ..models.event_type_term import EventTypeTerm
    from ..models.term import Term


T = TypeVar("T", bound="Vocabularies")


@_attrs_define
class Vocabularies:
    """
    Attributes:
        categories (list[CategoryTerm]):
        property_types (list[Term]):
        severities (list[Term]):
        priority_levels (list[Term]):
        ineligibility_reasons (list[Term]):
        roles (list[Term]):
        stages (list[Term]):
        document_kinds (list[Term]):
        unit_roles (list[Term]):
        hazard_levels (list[Term]):
        attendee_roles (list[Term]):
        networks (list[Term]):
        procurement_methods (list[Term]):
        warning_kinds (list[Term]):
        major_event_kinds (list[Term]):
        funding_sources (list[Term]):
        funding_statuses (list[Term]):
        bureaus (list[Term]):
        verdicts (list[Term]):
        flag_kinds (list[Term]):
        matters (list[Term]):
        choices (list[Term]):
        committee_roles (list[Term]):
        question_kinds (list[Term]):
        survey_purposes (list[Term]):
        report_statuses (list[Term]):
        management_modes (list[Term]):
        elevator_modes (list[Term]):
        fund_movement_kinds (list[Term]):
        parties (list[Term]):
        assessment_dimensions (list[Term]):
        duties (list[Term]):
        enforcements (list[Term]):
        import_modes (list[Term]):
        import_statuses (list[Term]):
        event_types (list[EventTypeTerm]):
    """

    categories: list[CategoryTerm]
    property_types: list[Term]
    severities: list[Term]
    priority_levels: list[Term]
    ineligibility_reasons: list[Term]
    roles: list[Term]
    stages: list[Term]
    document_kinds: list[Term]
    unit_roles: list[Term]
    hazard_levels: list[Term]
    attendee_roles: list[Term]
    networks: list[Term]
    procurement_methods: list[Term]
    warning_kinds: list[Term]
    major_event_kinds: list[Term]
    funding_sources: list[Term]
    funding_statuses: list[Term]
    bureaus: list[Term]
    verdicts: list[Term]
    flag_kinds: list[Term]
    matters: list[Term]
    choices: list[Term]
    committee_roles: list[Term]
    question_kinds: list[Term]
    survey_purposes: list[Term]
    report_statuses: list[Term]
    management_modes: list[Term]
    elevator_modes: list[Term]
    fund_movement_kinds: list[Term]
    parties: list[Term]
    assessment_dimensions: list[Term]
    duties: list[Term]
    enforcements: list[Term]
    import_modes: list[Term]
    import_statuses: list[Term]
    event_types: list[EventTypeTerm]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        property_types = []
        for property_types_item_data in self.property_types:
            property_types_item = property_types_item_data.to_dict()
            property_types.append(property_types_item)

        severities = []
        for severities_item_data in self.severities:
            severities_item = severities_item_data.to_dict()
            severities.append(severities_item)

        priority_levels = []
        for priority_levels_item_data in self.priority_levels:
            priority_levels_item = priority_levels_item_data.to_dict()
            priority_levels.append(priority_levels_item)

        ineligibility_reasons = []
        for ineligibility_reasons_item_data in self.ineligibility_reasons:
            ineligibility_reasons_item = ineligibility_reasons_item_data.to_dict()
            ineligibility_reasons.append(ineligibility_reasons_item)

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        document_kinds = []
        for document_kinds_item_data in self.document_kinds:
            document_kinds_item = document_kinds_item_data.to_dict()
            document_kinds.append(document_kinds_item)

        unit_roles = []
        for unit_roles_item_data in self.unit_roles:
            unit_roles_item = unit_roles_item_data.to_dict()
            unit_roles.append(unit_roles_item)

        hazard_levels = []
        for hazard_levels_item_data in self.hazard_levels:
            hazard_levels_item = hazard_levels_item_data.to_dict()
            hazard_levels.append(hazard_levels_item)

        attendee_roles = []
        for attendee_roles_item_data in self.attendee_roles:
            attendee_roles_item = attendee_roles_item_data.to_dict()
            attendee_roles.append(attendee_roles_item)

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        procurement_methods = []
        for procurement_methods_item_data in self.procurement_methods:
            procurement_methods_item = procurement_methods_item_data.to_dict()
            procurement_methods.append(procurement_methods_item)

        warning_kinds = []
        for warning_kinds_item_data in self.warning_kinds:
            warning_kinds_item = warning_kinds_item_data.to_dict()
            warning_kinds.append(warning_kinds_item)

        major_event_kinds = []
        for major_event_kinds_item_data in self.major_event_kinds:
            major_event_kinds_item = major_event_kinds_item_data.to_dict()
            major_event_kinds.append(major_event_kinds_item)

        funding_sources = []
        for funding_sources_item_data in self.funding_sources:
            funding_sources_item = funding_sources_item_data.to_dict()
            funding_sources.append(funding_sources_item)

        funding_statuses = []
        for funding_statuses_item_data in self.funding_statuses:
            funding_statuses_item = funding_statuses_item_data.to_dict()
            funding_statuses.append(funding_statuses_item)

        bureaus = []
        for bureaus_item_data in self.bureaus:
            bureaus_item = bureaus_item_data.to_dict()
            bureaus.append(bureaus_item)

        verdicts = []
        for verdicts_item_data in self.verdicts:
            verdicts_item = verdicts_item_data.to_dict()
            verdicts.append(verdicts_item)

        flag_kinds = []
        for flag_kinds_item_data in self.flag_kinds:
            flag_kinds_item = flag_kinds_item_data.to_dict()
            flag_kinds.append(flag_kinds_item)

        matters = []
        for matters_item_data in self.matters:
            matters_item = matters_item_data.to_dict()
            matters.append(matters_item)

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        committee_roles = []
        for committee_roles_item_data in self.committee_roles:
            committee_roles_item = committee_roles_item_data.to_dict()
            committee_roles.append(committee_roles_item)

        question_kinds = []
        for question_kinds_item_data in self.question_kinds:
            question_kinds_item = question_kinds_item_data.to_dict()
            question_kinds.append(question_kinds_item)

        survey_purposes = []
        for survey_purposes_item_data in self.survey_purposes:
            survey_purposes_item = survey_purposes_item_data.to_dict()
            survey_purposes.append(survey_purposes_item)

        report_statuses = []
        for report_statuses_item_data in self.report_statuses:
            report_statuses_item = report_statuses_item_data.to_dict()
            report_statuses.append(report_statuses_item)

        management_modes = []
        for management_modes_item_data in self.management_modes:
            management_modes_item = management_modes_item_data.to_dict()
            management_modes.append(management_modes_item)

        elevator_modes = []
        for elevator_modes_item_data in self.elevator_modes:
            elevator_modes_item = elevator_modes_item_data.to_dict()
            elevator_modes.append(elevator_modes_item)

        fund_movement_kinds = []
        for fund_movement_kinds_item_data in self.fund_movement_kinds:
            fund_movement_kinds_item = fund_movement_kinds_item_data.to_dict()
            fund_movement_kinds.append(fund_movement_kinds_item)

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        assessment_dimensions = []
        for assessment_dimensions_item_data in self.assessment_dimensions:
            assessment_dimensions_item = assessment_dimensions_item_data.to_dict()
            assessment_dimensions.append(assessment_dimensions_item)

        duties = []
        for duties_item_data in self.duties:
            duties_item = duties_item_data.to_dict()
            duties.append(duties_item)

        enforcements = []
        for enforcements_item_data in self.enforcements:
            enforcements_item = enforcements_item_data.to_dict()
            enforcements.append(enforcements_item)

        import_modes = []
        for import_modes_item_data in self.import_modes:
            import_modes_item = import_modes_item_data.to_dict()
            import_modes.append(import_modes_item)

        import_statuses = []
        for import_statuses_item_data in self.import_statuses:
            import_statuses_item = import_statuses_item_data.to_dict()
            import_statuses.append(import_statuses_item)

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.to_dict()
            event_types.append(event_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "property_types": property_types,
                "severities": severities,
                "priority_levels": priority_levels,
                "ineligibility_reasons": ineligibility_reasons,
                "roles": roles,
                "stages": stages,
                "document_kinds": document_kinds,
                "unit_roles": unit_roles,
                "hazard_levels": hazard_levels,
                "attendee_roles": attendee_roles,
                "networks": networks,
                "procurement_methods": procurement_methods,
                "warning_kinds": warning_kinds,
                "major_event_kinds": major_event_kinds,
                "funding_sources": funding_sources,
                "funding_statuses": funding_statuses,
                "bureaus": bureaus,
                "verdicts": verdicts,
                "flag_kinds": flag_kinds,
                "matters": matters,
                "choices": choices,
                "committee_roles": committee_roles,
                "question_kinds": question_kinds,
                "survey_purposes": survey_purposes,
                "report_statuses": report_statuses,
                "management_modes": management_modes,
                "elevator_modes": elevator_modes,
                "fund_movement_kinds": fund_movement_kinds,
                "parties": parties,
                "assessment_dimensions": assessment_dimensions,
                "duties": duties,
                "enforcements": enforcements,
                "import_modes": import_modes,
                "import_statuses": import_statuses,
                "event_types": event_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_term import CategoryTerm  # noqa: PLC0415
        from ..models.event_type_term import EventTypeTerm  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryTerm.from_dict(categories_item_data)

            categories.append(categories_item)

        property_types = []
        _property_types = d.pop("property_types")
        for property_types_item_data in _property_types:
            property_types_item = Term.from_dict(property_types_item_data)

            property_types.append(property_types_item)

        severities = []
        _severities = d.pop("severities")
        for severities_item_data in _severities:
            severities_item = Term.from_dict(severities_item_data)

            severities.append(severities_item)

        priority_levels = []
        _priority_levels = d.pop("priority_levels")
        for priority_levels_item_data in _priority_levels:
            priority_levels_item = Term.from_dict(priority_levels_item_data)

            priority_levels.append(priority_levels_item)

        ineligibility_reasons = []
        _ineligibility_reasons = d.pop("ineligibility_reasons")
        for ineligibility_reasons_item_data in _ineligibility_reasons:
            ineligibility_reasons_item = Term.from_dict(ineligibility_reasons_item_data)

            ineligibility_reasons.append(ineligibility_reasons_item)

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Term.from_dict(roles_item_data)

            roles.append(roles_item)

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = Term.from_dict(stages_item_data)

            stages.append(stages_item)

        document_kinds = []
        _document_kinds = d.pop("document_kinds")
        for document_kinds_item_data in _document_kinds:
            document_kinds_item = Term.from_dict(document_kinds_item_data)

            document_kinds.append(document_kinds_item)

        unit_roles = []
        _unit_roles = d.pop("unit_roles")
        for unit_roles_item_data in _unit_roles:
            unit_roles_item = Term.from_dict(unit_roles_item_data)

            unit_roles.append(unit_roles_item)

        hazard_levels = []
        _hazard_levels = d.pop("hazard_levels")
        for hazard_levels_item_data in _hazard_levels:
            hazard_levels_item = Term.from_dict(hazard_levels_item_data)

            hazard_levels.append(hazard_levels_item)

        attendee_roles = []
        _attendee_roles = d.pop("attendee_roles")
        for attendee_roles_item_data in _attendee_roles:
            attendee_roles_item = Term.from_dict(attendee_roles_item_data)

            attendee_roles.append(attendee_roles_item)

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = Term.from_dict(networks_item_data)

            networks.append(networks_item)

        procurement_methods = []
        _procurement_methods = d.pop("procurement_methods")
        for procurement_methods_item_data in _procurement_methods:
            procurement_methods_item = Term.from_dict(procurement_methods_item_data)

            procurement_methods.append(procurement_methods_item)

        warning_kinds = []
        _warning_kinds = d.pop("warning_kinds")
        for warning_kinds_item_data in _warning_kinds:
            warning_kinds_item = Term.from_dict(warning_kinds_item_data)

            warning_kinds.append(warning_kinds_item)

        major_event_kinds = []
        _major_event_kinds = d.pop("major_event_kinds")
        for major_event_kinds_item_data in _major_event_kinds:
            major_event_kinds_item = Term.from_dict(major_event_kinds_item_data)

            major_event_kinds.append(major_event_kinds_item)

        funding_sources = []
        _funding_sources = d.pop("funding_sources")
        for funding_sources_item_data in _funding_sources:
            funding_sources_item = Term.from_dict(funding_sources_item_data)

            funding_sources.append(funding_sources_item)

        funding_statuses = []
        _funding_statuses = d.pop("funding_statuses")
        for funding_statuses_item_data in _funding_statuses:
            funding_statuses_item = Term.from_dict(funding_statuses_item_data)

            funding_statuses.append(funding_statuses_item)

        bureaus = []
        _bureaus = d.pop("bureaus")
        for bureaus_item_data in _bureaus:
            bureaus_item = Term.from_dict(bureaus_item_data)

            bureaus.append(bureaus_item)

        verdicts = []
        _verdicts = d.pop("verdicts")
        for verdicts_item_data in _verdicts:
            verdicts_item = Term.from_dict(verdicts_item_data)

            verdicts.append(verdicts_item)

        flag_kinds = []
        _flag_kinds = d.pop("flag_kinds")
        for flag_kinds_item_data in _flag_kinds:
            flag_kinds_item = Term.from_dict(flag_kinds_item_data)

            flag_kinds.append(flag_kinds_item)

        matters = []
        _matters = d.pop("matters")
        for matters_item_data in _matters:
            matters_item = Term.from_dict(matters_item_data)

            matters.append(matters_item)

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = Term.from_dict(choices_item_data)

            choices.append(choices_item)

        committee_roles = []
        _committee_roles = d.pop("committee_roles")
        for committee_roles_item_data in _committee_roles:
            committee_roles_item = Term.from_dict(committee_roles_item_data)

            committee_roles.append(committee_roles_item)

        question_kinds = []
        _question_kinds = d.pop("question_kinds")
        for question_kinds_item_data in _question_kinds:
            question_kinds_item = Term.from_dict(question_kinds_item_data)

            question_kinds.append(question_kinds_item)

        survey_purposes = []
        _survey_purposes = d.pop("survey_purposes")
        for survey_purposes_item_data in _survey_purposes:
            survey_purposes_item = Term.from_dict(survey_purposes_item_data)

            survey_purposes.append(survey_purposes_item)

        report_statuses = []
        _report_statuses = d.pop("report_statuses")
        for report_statuses_item_data in _report_statuses:
            report_statuses_item = Term.from_dict(report_statuses_item_data)

            report_statuses.append(report_statuses_item)

        management_modes = []
        _management_modes = d.pop("management_modes")
        for management_modes_item_data in _management_modes:
            management_modes_item = Term.from_dict(management_modes_item_data)

            management_modes.append(management_modes_item)

        elevator_modes = []
        _elevator_modes = d.pop("elevator_modes")
        for elevator_modes_item_data in _elevator_modes:
            elevator_modes_item = Term.from_dict(elevator_modes_item_data)

            elevator_modes.append(elevator_modes_item)

        fund_movement_kinds = []
        _fund_movement_kinds = d.pop("fund_movement_kinds")
        for fund_movement_kinds_item_data in _fund_movement_kinds:
            fund_movement_kinds_item = Term.from_dict(fund_movement_kinds_item_data)

            fund_movement_kinds.append(fund_movement_kinds_item)

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = Term.from_dict(parties_item_data)

            parties.append(parties_item)

        assessment_dimensions = []
        _assessment_dimensions = d.pop("assessment_dimensions")
        for assessment_dimensions_item_data in _assessment_dimensions:
            assessment_dimensions_item = Term.from_dict(assessment_dimensions_item_data)

            assessment_dimensions.append(assessment_dimensions_item)

        duties = []
        _duties = d.pop("duties")
        for duties_item_data in _duties:
            duties_item = Term.from_dict(duties_item_data)

            duties.append(duties_item)

        enforcements = []
        _enforcements = d.pop("enforcements")
        for enforcements_item_data in _enforcements:
            enforcements_item = Term.from_dict(enforcements_item_data)

            enforcements.append(enforcements_item)

        import_modes = []
        _import_modes = d.pop("import_modes")
        for import_modes_item_data in _import_modes:
            import_modes_item = Term.from_dict(import_modes_item_data)

            import_modes.append(import_modes_item)

        import_statuses = []
        _import_statuses = d.pop("import_statuses")
        for import_statuses_item_data in _import_statuses:
            import_statuses_item = Term.from_dict(import_statuses_item_data)

            import_statuses.append(import_statuses_item)

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventTypeTerm.from_dict(event_types_item_data)

            event_types.append(event_types_item)

        vocabularies = cls(
            categories=categories,
            property_types=property_types,
            severities=severities,
            priority_levels=priority_levels,
            ineligibility_reasons=ineligibility_reasons,
            roles=roles,
            stages=stages,
            document_kinds=document_kinds,
            unit_roles=unit_roles,
            hazard_levels=hazard_levels,
            attendee_roles=attendee_roles,
            networks=networks,
            procurement_methods=procurement_methods,
            warning_kinds=warning_kinds,
            major_event_kinds=major_event_kinds,
            funding_sources=funding_sources,
            funding_statuses=funding_statuses,
            bureaus=bureaus,
            verdicts=verdicts,
            flag_kinds=flag_kinds,
            matters=matters,
            choices=choices,
            committee_roles=committee_roles,
            question_kinds=question_kinds,
            survey_purposes=survey_purposes,
            report_statuses=report_statuses,
            management_modes=management_modes,
            elevator_modes=elevator_modes,
            fund_movement_kinds=fund_movement_kinds,
            parties=parties,
            assessment_dimensions=assessment_dimensions,
            duties=duties,
            enforcements=enforcements,
            import_modes=import_modes,
            import_statuses=import_statuses,
            event_types=event_types,
        )

        vocabularies.additional_properties = d
        return vocabularies

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
