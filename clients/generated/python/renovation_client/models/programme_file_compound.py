from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.programme_file_compound_property_type import ProgrammeFileCompoundPropertyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_condition_assessment import ProgrammeFileConditionAssessment


T = TypeVar("T", bound="ProgrammeFileCompound")


@_attrs_define
class ProgrammeFileCompound:
    """One compound: where it is, how old and how large, and who owned it originally.

    Attributes:
        code (str):
        name (str):
        district (str):
        street (str):
        built_year (int):
        buildings (int):
        households (int):
        floor_area_m2 (int | str): An exact decimal: a string such as "1234.50", or an integer; never a float.
        property_type (ProgrammeFileCompoundPropertyType):
        community (None | str | Unset):
        original_property_unit (None | str | Unset):
        previously_renovated_in (int | None | Unset):
        condition (None | ProgrammeFileConditionAssessment | Unset):
    """

    code: str
    name: str
    district: str
    street: str
    built_year: int
    buildings: int
    households: int
    floor_area_m2: int | str
    property_type: ProgrammeFileCompoundPropertyType
    community: None | str | Unset = UNSET
    original_property_unit: None | str | Unset = UNSET
    previously_renovated_in: int | None | Unset = UNSET
    condition: None | ProgrammeFileConditionAssessment | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.programme_file_condition_assessment import ProgrammeFileConditionAssessment  # noqa: PLC0415

        code = self.code

        name = self.name

        district = self.district

        street = self.street

        built_year = self.built_year

        buildings = self.buildings

        households = self.households

        floor_area_m2: int | str
        floor_area_m2 = self.floor_area_m2

        property_type = self.property_type.value

        community: None | str | Unset
        if isinstance(self.community, Unset):
            community = UNSET
        else:
            community = self.community

        original_property_unit: None | str | Unset
        if isinstance(self.original_property_unit, Unset):
            original_property_unit = UNSET
        else:
            original_property_unit = self.original_property_unit

        previously_renovated_in: int | None | Unset
        if isinstance(self.previously_renovated_in, Unset):
            previously_renovated_in = UNSET
        else:
            previously_renovated_in = self.previously_renovated_in

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, ProgrammeFileConditionAssessment):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "district": district,
                "street": street,
                "built_year": built_year,
                "buildings": buildings,
                "households": households,
                "floor_area_m2": floor_area_m2,
                "property_type": property_type,
            }
        )
        if community is not UNSET:
            field_dict["community"] = community
        if original_property_unit is not UNSET:
            field_dict["original_property_unit"] = original_property_unit
        if previously_renovated_in is not UNSET:
            field_dict["previously_renovated_in"] = previously_renovated_in
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_condition_assessment import ProgrammeFileConditionAssessment  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        district = d.pop("district")

        street = d.pop("street")

        built_year = d.pop("built_year")

        buildings = d.pop("buildings")

        households = d.pop("households")

        def _parse_floor_area_m2(data: object) -> int | str:
            return cast(int | str, data)

        floor_area_m2 = _parse_floor_area_m2(d.pop("floor_area_m2"))

        property_type = ProgrammeFileCompoundPropertyType(d.pop("property_type"))

        def _parse_community(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        community = _parse_community(d.pop("community", UNSET))

        def _parse_original_property_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_property_unit = _parse_original_property_unit(d.pop("original_property_unit", UNSET))

        def _parse_previously_renovated_in(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        previously_renovated_in = _parse_previously_renovated_in(d.pop("previously_renovated_in", UNSET))

        def _parse_condition(data: object) -> None | ProgrammeFileConditionAssessment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = ProgrammeFileConditionAssessment.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgrammeFileConditionAssessment | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        programme_file_compound = cls(
            code=code,
            name=name,
            district=district,
            street=street,
            built_year=built_year,
            buildings=buildings,
            households=households,
            floor_area_m2=floor_area_m2,
            property_type=property_type,
            community=community,
            original_property_unit=original_property_unit,
            previously_renovated_in=previously_renovated_in,
            condition=condition,
        )

        return programme_file_compound
