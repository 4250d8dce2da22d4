from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.household_body import HouseholdBody


T = TypeVar("T", bound="HouseholdsOut")


@_attrs_define
class HouseholdsOut:
    """
    Attributes:
        compound (str):
        households (list[HouseholdBody]):
        floor_area_m2 (str): A total of m² or yuan, as an exact decimal string with at most 2 places.
        owners (int):
    """

    compound: str
    households: list[HouseholdBody]
    floor_area_m2: str
    owners: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        households = []
        for households_item_data in self.households:
            households_item = households_item_data.to_dict()
            households.append(households_item)

        floor_area_m2 = self.floor_area_m2

        owners = self.owners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "households": households,
                "floor_area_m2": floor_area_m2,
                "owners": owners,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.household_body import HouseholdBody  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        households = []
        _households = d.pop("households")
        for households_item_data in _households:
            households_item = HouseholdBody.from_dict(households_item_data)

            households.append(households_item)

        floor_area_m2 = d.pop("floor_area_m2")

        owners = d.pop("owners")

        households_out = cls(
            compound=compound,
            households=households,
            floor_area_m2=floor_area_m2,
            owners=owners,
        )

        households_out.additional_properties = d
        return households_out

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
