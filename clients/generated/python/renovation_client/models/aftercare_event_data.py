from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.management_body import ManagementBody


T = TypeVar("T", bound="AftercareEventData")


@_attrs_define
class AftercareEventData:
    """What changed: a compound's long-term management after renovation.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        management (list[ManagementBody] | None | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    management: list[ManagementBody] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        management: list[dict[str, Any]] | None | Unset
        if isinstance(self.management, Unset):
            management = UNSET
        elif isinstance(self.management, list):
            management = []
            for management_type_0_item_data in self.management:
                management_type_0_item = management_type_0_item_data.to_dict()
                management.append(management_type_0_item)

        else:
            management = self.management

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if management is not UNSET:
            field_dict["management"] = management

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.management_body import ManagementBody  # noqa: PLC0415

        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_compound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compound = _parse_compound(d.pop("compound", UNSET))

        def _parse_management(data: object) -> list[ManagementBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                management_type_0 = []
                _management_type_0 = data
                for management_type_0_item_data in _management_type_0:
                    management_type_0_item = ManagementBody.from_dict(management_type_0_item_data)

                    management_type_0.append(management_type_0_item)

                return management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ManagementBody] | None | Unset, data)

        management = _parse_management(d.pop("management", UNSET))

        aftercare_event_data = cls(
            changed=changed,
            compound=compound,
            management=management,
        )

        aftercare_event_data.additional_properties = d
        return aftercare_event_data

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
