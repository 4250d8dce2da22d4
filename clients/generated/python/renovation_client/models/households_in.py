from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.household_body import HouseholdBody


T = TypeVar("T", bound="HouseholdsIn")


@_attrs_define
class HouseholdsIn:
    """
    Attributes:
        households (list[HouseholdBody]):
    """

    households: list[HouseholdBody]

    def to_dict(self) -> dict[str, Any]:
        households = []
        for households_item_data in self.households:
            households_item = households_item_data.to_dict()
            households.append(households_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "households": households,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.household_body import HouseholdBody  # noqa: PLC0415

        d = dict(src_dict)
        households = []
        _households = d.pop("households")
        for households_item_data in _households:
            households_item = HouseholdBody.from_dict(households_item_data)

            households.append(households_item)

        households_in = cls(
            households=households,
        )

        return households_in
