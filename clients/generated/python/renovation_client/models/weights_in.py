from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WeightsIn")


@_attrs_define
class WeightsIn:
    """
    Attributes:
        urgent (int | Unset):  Default: 4.
        high (int | Unset):  Default: 2.
        normal (int | Unset):  Default: 1.
        street_year (str | Unset): What each year in which a street has works costs (连片改造), against 1 for a normal
            compound's year of delay: 0 (the default) leaves streets out of the objective; 0.01 lets grouping decide between
            schedules equally urgent. Up to 999, to 4 places. Default: '0'.
    """

    urgent: int | Unset = 4
    high: int | Unset = 2
    normal: int | Unset = 1
    street_year: str | Unset = "0"

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent

        high = self.high

        normal = self.normal

        street_year = self.street_year

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if high is not UNSET:
            field_dict["high"] = high
        if normal is not UNSET:
            field_dict["normal"] = normal
        if street_year is not UNSET:
            field_dict["street_year"] = street_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urgent = d.pop("urgent", UNSET)

        high = d.pop("high", UNSET)

        normal = d.pop("normal", UNSET)

        street_year = d.pop("street_year", UNSET)

        weights_in = cls(
            urgent=urgent,
            high=high,
            normal=normal,
            street_year=street_year,
        )

        return weights_in
