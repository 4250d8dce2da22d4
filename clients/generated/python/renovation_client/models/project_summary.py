from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..models.stage import Stage

T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """
    Attributes:
        compound (str):
        district (str):
        street (str):
        year (int):
        stage (Stage):
        tender_package (None | str):
        missing_documents (list[DocumentKind]):
        open_hazards (int):
    """

    compound: str
    district: str
    street: str
    year: int
    stage: Stage
    tender_package: None | str
    missing_documents: list[DocumentKind]
    open_hazards: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        district = self.district

        street = self.street

        year = self.year

        stage = self.stage.value

        tender_package: None | str
        tender_package = self.tender_package

        missing_documents = []
        for missing_documents_item_data in self.missing_documents:
            missing_documents_item = missing_documents_item_data.value
            missing_documents.append(missing_documents_item)

        open_hazards = self.open_hazards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "district": district,
                "street": street,
                "year": year,
                "stage": stage,
                "tender_package": tender_package,
                "missing_documents": missing_documents,
                "open_hazards": open_hazards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        district = d.pop("district")

        street = d.pop("street")

        year = d.pop("year")

        stage = Stage(d.pop("stage"))

        def _parse_tender_package(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tender_package = _parse_tender_package(d.pop("tender_package"))

        missing_documents = []
        _missing_documents = d.pop("missing_documents")
        for missing_documents_item_data in _missing_documents:
            missing_documents_item = DocumentKind(missing_documents_item_data)

            missing_documents.append(missing_documents_item)

        open_hazards = d.pop("open_hazards")

        project_summary = cls(
            compound=compound,
            district=district,
            street=street,
            year=year,
            stage=stage,
            tender_package=tender_package,
            missing_documents=missing_documents,
            open_hazards=open_hazards,
        )

        project_summary.additional_properties = d
        return project_summary

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
