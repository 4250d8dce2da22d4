from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenderPackageEventData")


@_attrs_define
class TenderPackageEventData:
    """What changed: a tender package of several compounds, and its award.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        code (None | str | Unset):
        year (int | None | Unset):
        compounds (list[str] | None | Unset):
    """

    changed: list[str]
    code: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    compounds: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        compounds: list[str] | None | Unset
        if isinstance(self.compounds, Unset):
            compounds = UNSET
        elif isinstance(self.compounds, list):
            compounds = self.compounds

        else:
            compounds = self.compounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if year is not UNSET:
            field_dict["year"] = year
        if compounds is not UNSET:
            field_dict["compounds"] = compounds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_compounds(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                compounds_type_0 = cast(list[str], data)

                return compounds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        compounds = _parse_compounds(d.pop("compounds", UNSET))

        tender_package_event_data = cls(
            changed=changed,
            code=code,
            year=year,
            compounds=compounds,
        )

        tender_package_event_data.additional_properties = d
        return tender_package_event_data

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
