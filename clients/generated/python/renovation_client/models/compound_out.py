from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_type import PropertyType

if TYPE_CHECKING:
    from ..models.condition_in import ConditionIn
    from ..models.eligibility_out import EligibilityOut
    from ..models.priority_out import PriorityOut


T = TypeVar("T", bound="CompoundOut")


@_attrs_define
class CompoundOut:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        district (str):
        street (str):
        community (None | str):
        built_year (int):
        buildings (int):
        households (int):
        floor_area_m2 (str): Square metres, as an exact decimal string with at most 2 decimal places.
        property_type (PropertyType): Who owns the housing: it decides who must contribute to the works.
        property_type_label (str): What to show (zh-CN).
        original_property_unit (None | str): One line of text: no control characters.
        previously_renovated_in (int | None):
        condition (ConditionIn | None):
        eligibility (EligibilityOut):
        priority (None | PriorityOut):
    """

    code: str
    name: str
    district: str
    street: str
    community: None | str
    built_year: int
    buildings: int
    households: int
    floor_area_m2: str
    property_type: PropertyType
    property_type_label: str
    original_property_unit: None | str
    previously_renovated_in: int | None
    condition: ConditionIn | None
    eligibility: EligibilityOut
    priority: None | PriorityOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_in import ConditionIn  # noqa: PLC0415
        from ..models.priority_out import PriorityOut  # noqa: PLC0415

        code = self.code

        name = self.name

        district = self.district

        street = self.street

        community: None | str
        community = self.community

        built_year = self.built_year

        buildings = self.buildings

        households = self.households

        floor_area_m2 = self.floor_area_m2

        property_type = self.property_type.value

        property_type_label = self.property_type_label

        original_property_unit: None | str
        original_property_unit = self.original_property_unit

        previously_renovated_in: int | None
        previously_renovated_in = self.previously_renovated_in

        condition: dict[str, Any] | None
        if isinstance(self.condition, ConditionIn):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        eligibility = self.eligibility.to_dict()

        priority: dict[str, Any] | None
        if isinstance(self.priority, PriorityOut):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "district": district,
                "street": street,
                "community": community,
                "built_year": built_year,
                "buildings": buildings,
                "households": households,
                "floor_area_m2": floor_area_m2,
                "property_type": property_type,
                "property_type_label": property_type_label,
                "original_property_unit": original_property_unit,
                "previously_renovated_in": previously_renovated_in,
                "condition": condition,
                "eligibility": eligibility,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_in import ConditionIn  # noqa: PLC0415
        from ..models.eligibility_out import EligibilityOut  # noqa: PLC0415
        from ..models.priority_out import PriorityOut  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        district = d.pop("district")

        street = d.pop("street")

        def _parse_community(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        community = _parse_community(d.pop("community"))

        built_year = d.pop("built_year")

        buildings = d.pop("buildings")

        households = d.pop("households")

        floor_area_m2 = d.pop("floor_area_m2")

        property_type = PropertyType(d.pop("property_type"))

        property_type_label = d.pop("property_type_label")

        def _parse_original_property_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        original_property_unit = _parse_original_property_unit(d.pop("original_property_unit"))

        def _parse_previously_renovated_in(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        previously_renovated_in = _parse_previously_renovated_in(d.pop("previously_renovated_in"))

        def _parse_condition(data: object) -> ConditionIn | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = ConditionIn.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionIn | None, data)

        condition = _parse_condition(d.pop("condition"))

        eligibility = EligibilityOut.from_dict(d.pop("eligibility"))

        def _parse_priority(data: object) -> None | PriorityOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = PriorityOut.from_dict(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriorityOut, data)

        priority = _parse_priority(d.pop("priority"))

        compound_out = cls(
            code=code,
            name=name,
            district=district,
            street=street,
            community=community,
            built_year=built_year,
            buildings=buildings,
            households=households,
            floor_area_m2=floor_area_m2,
            property_type=property_type,
            property_type_label=property_type_label,
            original_property_unit=original_property_unit,
            previously_renovated_in=previously_renovated_in,
            condition=condition,
            eligibility=eligibility,
            priority=priority,
        )

        compound_out.additional_properties = d
        return compound_out

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
