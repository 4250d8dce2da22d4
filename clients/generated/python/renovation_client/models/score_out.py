from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScoreOut")


@_attrs_define
class ScoreOut:
    """
    Attributes:
        preparation (str): Points out of 100, exact to 6 places.
        progress (str): Points out of 100, exact to 6 places.
        acceptance (str): Points out of 100, exact to 6 places.
        management (str): Points out of 100, exact to 6 places.
        total (str): Points out of 100, exact to 6 places.
    """

    preparation: str
    progress: str
    acceptance: str
    management: str
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preparation = self.preparation

        progress = self.progress

        acceptance = self.acceptance

        management = self.management

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preparation": preparation,
                "progress": progress,
                "acceptance": acceptance,
                "management": management,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preparation = d.pop("preparation")

        progress = d.pop("progress")

        acceptance = d.pop("acceptance")

        management = d.pop("management")

        total = d.pop("total")

        score_out = cls(
            preparation=preparation,
            progress=progress,
            acceptance=acceptance,
            management=management,
            total=total,
        )

        score_out.additional_properties = d
        return score_out

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
