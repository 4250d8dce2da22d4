from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..models.network import Network
from ..models.stage import Stage

if TYPE_CHECKING:
    from ..models.acceptance_out import AcceptanceOut
    from ..models.assignment_body import AssignmentBody
    from ..models.document_body import DocumentBody
    from ..models.handover_body import HandoverBody
    from ..models.hazard_out import HazardOut
    from ..models.inspection_out import InspectionOut
    from ..models.major_event_out import MajorEventOut
    from ..models.material_out import MaterialOut
    from ..models.organisation_body import OrganisationBody
    from ..models.profile_body import ProfileBody
    from ..models.transition_out import TransitionOut


T = TypeVar("T", bound="ProjectOut")


@_attrs_define
class ProjectOut:
    """
    Attributes:
        compound (str):
        year (int):
        district (str):
        street (str):
        stage (Stage):
        resumes (None | Stage):
        allowed_next (list[Stage]):
        client (OrganisationBody):
        profile (ProfileBody):
        networks (list[Network]):
        budget_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        required_documents (list[DocumentKind]):
        missing_documents (list[DocumentKind]):
        documents (list[DocumentBody]):
        assignments (list[AssignmentBody]):
        tender_package (None | str):
        inspections (list[InspectionOut]):
        hazards (list[HazardOut]):
        major_events (list[MajorEventOut]):
        materials (list[MaterialOut]):
        acceptances (list[AcceptanceOut]):
        handovers (list[HandoverBody]):
        history (list[TransitionOut]):
    """

    compound: str
    year: int
    district: str
    street: str
    stage: Stage
    resumes: None | Stage
    allowed_next: list[Stage]
    client: OrganisationBody
    profile: ProfileBody
    networks: list[Network]
    budget_yuan: str
    required_documents: list[DocumentKind]
    missing_documents: list[DocumentKind]
    documents: list[DocumentBody]
    assignments: list[AssignmentBody]
    tender_package: None | str
    inspections: list[InspectionOut]
    hazards: list[HazardOut]
    major_events: list[MajorEventOut]
    materials: list[MaterialOut]
    acceptances: list[AcceptanceOut]
    handovers: list[HandoverBody]
    history: list[TransitionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        district = self.district

        street = self.street

        stage = self.stage.value

        resumes: None | str
        if isinstance(self.resumes, Stage):
            resumes = self.resumes.value
        else:
            resumes = self.resumes

        allowed_next = []
        for allowed_next_item_data in self.allowed_next:
            allowed_next_item = allowed_next_item_data.value
            allowed_next.append(allowed_next_item)

        client = self.client.to_dict()

        profile = self.profile.to_dict()

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.value
            networks.append(networks_item)

        budget_yuan = self.budget_yuan

        required_documents = []
        for required_documents_item_data in self.required_documents:
            required_documents_item = required_documents_item_data.value
            required_documents.append(required_documents_item)

        missing_documents = []
        for missing_documents_item_data in self.missing_documents:
            missing_documents_item = missing_documents_item_data.value
            missing_documents.append(missing_documents_item)

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        tender_package: None | str
        tender_package = self.tender_package

        inspections = []
        for inspections_item_data in self.inspections:
            inspections_item = inspections_item_data.to_dict()
            inspections.append(inspections_item)

        hazards = []
        for hazards_item_data in self.hazards:
            hazards_item = hazards_item_data.to_dict()
            hazards.append(hazards_item)

        major_events = []
        for major_events_item_data in self.major_events:
            major_events_item = major_events_item_data.to_dict()
            major_events.append(major_events_item)

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        acceptances = []
        for acceptances_item_data in self.acceptances:
            acceptances_item = acceptances_item_data.to_dict()
            acceptances.append(acceptances_item)

        handovers = []
        for handovers_item_data in self.handovers:
            handovers_item = handovers_item_data.to_dict()
            handovers.append(handovers_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "district": district,
                "street": street,
                "stage": stage,
                "resumes": resumes,
                "allowed_next": allowed_next,
                "client": client,
                "profile": profile,
                "networks": networks,
                "budget_yuan": budget_yuan,
                "required_documents": required_documents,
                "missing_documents": missing_documents,
                "documents": documents,
                "assignments": assignments,
                "tender_package": tender_package,
                "inspections": inspections,
                "hazards": hazards,
                "major_events": major_events,
                "materials": materials,
                "acceptances": acceptances,
                "handovers": handovers,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_out import AcceptanceOut  # noqa: PLC0415
        from ..models.assignment_body import AssignmentBody  # noqa: PLC0415
        from ..models.document_body import DocumentBody  # noqa: PLC0415
        from ..models.handover_body import HandoverBody  # noqa: PLC0415
        from ..models.hazard_out import HazardOut  # noqa: PLC0415
        from ..models.inspection_out import InspectionOut  # noqa: PLC0415
        from ..models.major_event_out import MajorEventOut  # noqa: PLC0415
        from ..models.material_out import MaterialOut  # noqa: PLC0415
        from ..models.organisation_body import OrganisationBody  # noqa: PLC0415
        from ..models.profile_body import ProfileBody  # noqa: PLC0415
        from ..models.transition_out import TransitionOut  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        district = d.pop("district")

        street = d.pop("street")

        stage = Stage(d.pop("stage"))

        def _parse_resumes(data: object) -> None | Stage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resumes_type_0 = Stage(data)

                return resumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage, data)

        resumes = _parse_resumes(d.pop("resumes"))

        allowed_next = []
        _allowed_next = d.pop("allowed_next")
        for allowed_next_item_data in _allowed_next:
            allowed_next_item = Stage(allowed_next_item_data)

            allowed_next.append(allowed_next_item)

        client = OrganisationBody.from_dict(d.pop("client"))

        profile = ProfileBody.from_dict(d.pop("profile"))

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = Network(networks_item_data)

            networks.append(networks_item)

        budget_yuan = d.pop("budget_yuan")

        required_documents = []
        _required_documents = d.pop("required_documents")
        for required_documents_item_data in _required_documents:
            required_documents_item = DocumentKind(required_documents_item_data)

            required_documents.append(required_documents_item)

        missing_documents = []
        _missing_documents = d.pop("missing_documents")
        for missing_documents_item_data in _missing_documents:
            missing_documents_item = DocumentKind(missing_documents_item_data)

            missing_documents.append(missing_documents_item)

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = DocumentBody.from_dict(documents_item_data)

            documents.append(documents_item)

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = AssignmentBody.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        def _parse_tender_package(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tender_package = _parse_tender_package(d.pop("tender_package"))

        inspections = []
        _inspections = d.pop("inspections")
        for inspections_item_data in _inspections:
            inspections_item = InspectionOut.from_dict(inspections_item_data)

            inspections.append(inspections_item)

        hazards = []
        _hazards = d.pop("hazards")
        for hazards_item_data in _hazards:
            hazards_item = HazardOut.from_dict(hazards_item_data)

            hazards.append(hazards_item)

        major_events = []
        _major_events = d.pop("major_events")
        for major_events_item_data in _major_events:
            major_events_item = MajorEventOut.from_dict(major_events_item_data)

            major_events.append(major_events_item)

        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = MaterialOut.from_dict(materials_item_data)

            materials.append(materials_item)

        acceptances = []
        _acceptances = d.pop("acceptances")
        for acceptances_item_data in _acceptances:
            acceptances_item = AcceptanceOut.from_dict(acceptances_item_data)

            acceptances.append(acceptances_item)

        handovers = []
        _handovers = d.pop("handovers")
        for handovers_item_data in _handovers:
            handovers_item = HandoverBody.from_dict(handovers_item_data)

            handovers.append(handovers_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = TransitionOut.from_dict(history_item_data)

            history.append(history_item)

        project_out = cls(
            compound=compound,
            year=year,
            district=district,
            street=street,
            stage=stage,
            resumes=resumes,
            allowed_next=allowed_next,
            client=client,
            profile=profile,
            networks=networks,
            budget_yuan=budget_yuan,
            required_documents=required_documents,
            missing_documents=missing_documents,
            documents=documents,
            assignments=assignments,
            tender_package=tender_package,
            inspections=inspections,
            hazards=hazards,
            major_events=major_events,
            materials=materials,
            acceptances=acceptances,
            handovers=handovers,
            history=history,
        )

        project_out.additional_properties = d
        return project_out

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
