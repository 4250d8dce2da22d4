from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_out import EligibilityOut
    from ..models.priority_out import PriorityOut


T = TypeVar("T", bound="CompoundEventData")


@_attrs_define
class CompoundEventData:
    """What changed: a compound entered in, changed in or removed from the register.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        code (None | str | Unset):
        district (None | str | Unset):
        street (None | str | Unset):
        eligibility (EligibilityOut | None | Unset):
        priority (None | PriorityOut | Unset):
    """

    changed: list[str]
    code: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    eligibility: EligibilityOut | None | Unset = UNSET
    priority: None | PriorityOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eligibility_out import EligibilityOut  # noqa: PLC0415
        from ..models.priority_out import PriorityOut  # noqa: PLC0415

        changed = self.changed

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        eligibility: dict[str, Any] | None | Unset
        if isinstance(self.eligibility, Unset):
            eligibility = UNSET
        elif isinstance(self.eligibility, EligibilityOut):
            eligibility = self.eligibility.to_dict()
        else:
            eligibility = self.eligibility

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, PriorityOut):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if district is not UNSET:
            field_dict["district"] = district
        if street is not UNSET:
            field_dict["street"] = street
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_out import EligibilityOut  # noqa: PLC0415
        from ..models.priority_out import PriorityOut  # noqa: PLC0415

        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street = _parse_street(d.pop("street", UNSET))

        def _parse_eligibility(data: object) -> EligibilityOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligibility_type_0 = EligibilityOut.from_dict(data)

                return eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EligibilityOut | None | Unset, data)

        eligibility = _parse_eligibility(d.pop("eligibility", UNSET))

        def _parse_priority(data: object) -> None | PriorityOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0_type_0 = PriorityOut.from_dict(data)

                return priority_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriorityOut | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        compound_event_data = cls(
            changed=changed,
            code=code,
            district=district,
            street=street,
            eligibility=eligibility,
            priority=priority,
        )

        compound_event_data.additional_properties = d
        return compound_event_data

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
