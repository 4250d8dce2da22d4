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
    """

    urgent: int | Unset = 4
    high: int | Unset = 2
    normal: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent

        high = self.high

        normal = self.normal

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if high is not UNSET:
            field_dict["high"] = high
        if normal is not UNSET:
            field_dict["normal"] = normal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urgent = d.pop("urgent", UNSET)

        high = d.pop("high", UNSET)

        normal = d.pop("normal", UNSET)

        weights_in = cls(
            urgent=urgent,
            high=high,
            normal=normal,
        )

        return weights_in
