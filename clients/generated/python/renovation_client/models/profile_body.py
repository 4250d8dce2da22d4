from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProfileBody")


@_attrs_define
class ProfileBody:
    """
    Attributes:
        changes_land_ownership (bool):
        low_risk (bool):
        changes_main_structure (bool):
        signs_commitment_notice (bool):
    """

    changes_land_ownership: bool
    low_risk: bool
    changes_main_structure: bool
    signs_commitment_notice: bool

    def to_dict(self) -> dict[str, Any]:
        changes_land_ownership = self.changes_land_ownership

        low_risk = self.low_risk

        changes_main_structure = self.changes_main_structure

        signs_commitment_notice = self.signs_commitment_notice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes_land_ownership": changes_land_ownership,
                "low_risk": low_risk,
                "changes_main_structure": changes_main_structure,
                "signs_commitment_notice": signs_commitment_notice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changes_land_ownership = d.pop("changes_land_ownership")

        low_risk = d.pop("low_risk")

        changes_main_structure = d.pop("changes_main_structure")

        signs_commitment_notice = d.pop("signs_commitment_notice")

        profile_body = cls(
            changes_land_ownership=changes_land_ownership,
            low_risk=low_risk,
            changes_main_structure=changes_main_structure,
            signs_commitment_notice=signs_commitment_notice,
        )

        return profile_body
