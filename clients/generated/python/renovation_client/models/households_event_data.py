from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.household_body import HouseholdBody


T = TypeVar("T", bound="HouseholdsEventData")


@_attrs_define
class HouseholdsEventData:
    """What changed: a compound's register of households.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        households (list[HouseholdBody] | None | Unset):
        owners (int | None | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    households: list[HouseholdBody] | None | Unset = UNSET
    owners: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        households: list[dict[str, Any]] | None | Unset
        if isinstance(self.households, Unset):
            households = UNSET
        elif isinstance(self.households, list):
            households = []
            for households_type_0_item_data in self.households:
                households_type_0_item = households_type_0_item_data.to_dict()
                households.append(households_type_0_item)

        else:
            households = self.households

        owners: int | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        else:
            owners = self.owners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if households is not UNSET:
            field_dict["households"] = households
        if owners is not UNSET:
            field_dict["owners"] = owners

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.household_body import HouseholdBody  # noqa: PLC0415

        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_compound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compound = _parse_compound(d.pop("compound", UNSET))

        def _parse_households(data: object) -> list[HouseholdBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                households_type_0 = []
                _households_type_0 = data
                for households_type_0_item_data in _households_type_0:
                    households_type_0_item = HouseholdBody.from_dict(households_type_0_item_data)

                    households_type_0.append(households_type_0_item)

                return households_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HouseholdBody] | None | Unset, data)

        households = _parse_households(d.pop("households", UNSET))

        def _parse_owners(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owners = _parse_owners(d.pop("owners", UNSET))

        households_event_data = cls(
            changed=changed,
            compound=compound,
            households=households,
            owners=owners,
        )

        households_event_data.additional_properties = d
        return households_event_data

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
