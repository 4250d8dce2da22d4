from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_status import FundingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingEventData")


@_attrs_define
class FundingEventData:
    """What changed: a compound's funding plan drafted, submitted and reviewed, and its flags answered.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        year (int | None | Unset):
        status (FundingStatus | None | Unset):
        total_yuan (None | str | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    status: FundingStatus | None | Unset = UNSET
    total_yuan: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FundingStatus):
            status = self.status.value
        else:
            status = self.status

        total_yuan: None | str | Unset
        if isinstance(self.total_yuan, Unset):
            total_yuan = UNSET
        else:
            total_yuan = self.total_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if year is not UNSET:
            field_dict["year"] = year
        if status is not UNSET:
            field_dict["status"] = status
        if total_yuan is not UNSET:
            field_dict["total_yuan"] = total_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_compound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compound = _parse_compound(d.pop("compound", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_status(data: object) -> FundingStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FundingStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_total_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_yuan = _parse_total_yuan(d.pop("total_yuan", UNSET))

        funding_event_data = cls(
            changed=changed,
            compound=compound,
            year=year,
            status=status,
            total_yuan=total_yuan,
        )

        funding_event_data.additional_properties = d
        return funding_event_data

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
