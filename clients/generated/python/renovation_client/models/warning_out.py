from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage
from ..models.warning_kind import WarningKind

T = TypeVar("T", bound="WarningOut")


@_attrs_define
class WarningOut:
    """
    Attributes:
        kind (WarningKind):
        compound (str):
        district (str):
        year (int):
        due (datetime.date):
        stage (Stage):
        hazard (int | None): Numbered from 1 within the project.
        detail (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
    """

    kind: WarningKind
    compound: str
    district: str
    year: int
    due: datetime.date
    stage: Stage
    hazard: int | None
    detail: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        compound = self.compound

        district = self.district

        year = self.year

        due = self.due.isoformat()

        stage = self.stage.value

        hazard: int | None
        hazard = self.hazard

        detail: None | str
        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "compound": compound,
                "district": district,
                "year": year,
                "due": due,
                "stage": stage,
                "hazard": hazard,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = WarningKind(d.pop("kind"))

        compound = d.pop("compound")

        district = d.pop("district")

        year = d.pop("year")

        due = datetime.date.fromisoformat(d.pop("due"))

        stage = Stage(d.pop("stage"))

        def _parse_hazard(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        hazard = _parse_hazard(d.pop("hazard"))

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        warning_out = cls(
            kind=kind,
            compound=compound,
            district=district,
            year=year,
            due=due,
            stage=stage,
            hazard=hazard,
            detail=detail,
        )

        warning_out.additional_properties = d
        return warning_out

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
