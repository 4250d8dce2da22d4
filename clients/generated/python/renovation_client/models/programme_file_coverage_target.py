from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.programme_file_coverage_target_category import ProgrammeFileCoverageTargetCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeFileCoverageTarget")


@_attrs_define
class ProgrammeFileCoverageTarget:
    """A category's coverage target for a district (or the city, ``district=None``).

    Attributes:
        category (ProgrammeFileCoverageTargetCategory):
        rate (int | str): An exact decimal: a string such as "1234.50", or an integer; never a float.
        district (None | str | Unset):
        compounds (int | None | Unset):
    """

    category: ProgrammeFileCoverageTargetCategory
    rate: int | str
    district: None | str | Unset = UNSET
    compounds: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        rate: int | str
        rate = self.rate

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        compounds: int | None | Unset
        if isinstance(self.compounds, Unset):
            compounds = UNSET
        else:
            compounds = self.compounds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "rate": rate,
            }
        )
        if district is not UNSET:
            field_dict["district"] = district
        if compounds is not UNSET:
            field_dict["compounds"] = compounds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ProgrammeFileCoverageTargetCategory(d.pop("category"))

        def _parse_rate(data: object) -> int | str:
            return cast(int | str, data)

        rate = _parse_rate(d.pop("rate"))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_compounds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compounds = _parse_compounds(d.pop("compounds", UNSET))

        programme_file_coverage_target = cls(
            category=category,
            rate=rate,
            district=district,
            compounds=compounds,
        )

        return programme_file_coverage_target
