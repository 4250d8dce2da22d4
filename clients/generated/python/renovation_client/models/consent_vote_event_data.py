from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.matter import Matter
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentVoteEventData")


@_attrs_define
class ConsentVoteEventData:
    """What changed: a residents' consent vote opened, a ballot cast, the vote closed.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        number (int | None | Unset):
        matter (Matter | None | Unset):
        passed (bool | None | Unset):
        failed (list[str] | None | Unset):
        closed_on (datetime.date | None | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    number: int | None | Unset = UNSET
    matter: Matter | None | Unset = UNSET
    passed: bool | None | Unset = UNSET
    failed: list[str] | None | Unset = UNSET
    closed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        matter: None | str | Unset
        if isinstance(self.matter, Unset):
            matter = UNSET
        elif isinstance(self.matter, Matter):
            matter = self.matter.value
        else:
            matter = self.matter

        passed: bool | None | Unset
        if isinstance(self.passed, Unset):
            passed = UNSET
        else:
            passed = self.passed

        failed: list[str] | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        elif isinstance(self.failed, list):
            failed = self.failed

        else:
            failed = self.failed

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if number is not UNSET:
            field_dict["number"] = number
        if matter is not UNSET:
            field_dict["matter"] = matter
        if passed is not UNSET:
            field_dict["passed"] = passed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if closed_on is not UNSET:
            field_dict["closed_on"] = closed_on

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

        def _parse_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_matter(data: object) -> Matter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                matter_type_0 = Matter(data)

                return matter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Matter | None | Unset, data)

        matter = _parse_matter(d.pop("matter", UNSET))

        def _parse_passed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        passed = _parse_passed(d.pop("passed", UNSET))

        def _parse_failed(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failed_type_0 = cast(list[str], data)

                return failed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        failed = _parse_failed(d.pop("failed", UNSET))

        def _parse_closed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closed_on = _parse_closed_on(d.pop("closed_on", UNSET))

        consent_vote_event_data = cls(
            changed=changed,
            compound=compound,
            number=number,
            matter=matter,
            passed=passed,
            failed=failed,
            closed_on=closed_on,
        )

        consent_vote_event_data.additional_properties = d
        return consent_vote_event_data

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
