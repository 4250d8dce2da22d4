from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeFileFigures")


@_attrs_define
class ProgrammeFileFigures:
    """The figures a plan table publishes per row: compounds (小区个数), buildings (楼栋数),
    households (户数), floor area (建筑面积, m²) and investment (yuan). A published table may
    leave any of them out (None); counted from the register, every one is known. A sum is
    known where every part is.

    Attributes:
        compounds (int | None | Unset):
        buildings (int | None | Unset):
        households (int | None | Unset):
        floor_area_m2 (int | None | str | Unset):
        investment_yuan (int | None | str | Unset):
    """

    compounds: int | None | Unset = UNSET
    buildings: int | None | Unset = UNSET
    households: int | None | Unset = UNSET
    floor_area_m2: int | None | str | Unset = UNSET
    investment_yuan: int | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        compounds: int | None | Unset
        if isinstance(self.compounds, Unset):
            compounds = UNSET
        else:
            compounds = self.compounds

        buildings: int | None | Unset
        if isinstance(self.buildings, Unset):
            buildings = UNSET
        else:
            buildings = self.buildings

        households: int | None | Unset
        if isinstance(self.households, Unset):
            households = UNSET
        else:
            households = self.households

        floor_area_m2: int | None | str | Unset
        if isinstance(self.floor_area_m2, Unset):
            floor_area_m2 = UNSET
        else:
            floor_area_m2 = self.floor_area_m2

        investment_yuan: int | None | str | Unset
        if isinstance(self.investment_yuan, Unset):
            investment_yuan = UNSET
        else:
            investment_yuan = self.investment_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if compounds is not UNSET:
            field_dict["compounds"] = compounds
        if buildings is not UNSET:
            field_dict["buildings"] = buildings
        if households is not UNSET:
            field_dict["households"] = households
        if floor_area_m2 is not UNSET:
            field_dict["floor_area_m2"] = floor_area_m2
        if investment_yuan is not UNSET:
            field_dict["investment_yuan"] = investment_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_compounds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compounds = _parse_compounds(d.pop("compounds", UNSET))

        def _parse_buildings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        buildings = _parse_buildings(d.pop("buildings", UNSET))

        def _parse_households(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        households = _parse_households(d.pop("households", UNSET))

        def _parse_floor_area_m2(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        floor_area_m2 = _parse_floor_area_m2(d.pop("floor_area_m2", UNSET))

        def _parse_investment_yuan(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        investment_yuan = _parse_investment_yuan(d.pop("investment_yuan", UNSET))

        programme_file_figures = cls(
            compounds=compounds,
            buildings=buildings,
            households=households,
            floor_area_m2=floor_area_m2,
            investment_yuan=investment_yuan,
        )

        return programme_file_figures
