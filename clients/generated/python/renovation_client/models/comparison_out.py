from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.difference_out import DifferenceOut
    from ..models.side_out import SideOut


T = TypeVar("T", bound="ComparisonOut")


@_attrs_define
class ComparisonOut:
    """
    Attributes:
        first (SideOut):
        second (SideOut):
        differ (list[DifferenceOut]):
    """

    first: SideOut
    second: SideOut
    differ: list[DifferenceOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first = self.first.to_dict()

        second = self.second.to_dict()

        differ = []
        for differ_item_data in self.differ:
            differ_item = differ_item_data.to_dict()
            differ.append(differ_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first": first,
                "second": second,
                "differ": differ,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.difference_out import DifferenceOut  # noqa: PLC0415
        from ..models.side_out import SideOut  # noqa: PLC0415

        d = dict(src_dict)
        first = SideOut.from_dict(d.pop("first"))

        second = SideOut.from_dict(d.pop("second"))

        differ = []
        _differ = d.pop("differ")
        for differ_item_data in _differ:
            differ_item = DifferenceOut.from_dict(differ_item_data)

            differ.append(differ_item)

        comparison_out = cls(
            first=first,
            second=second,
            differ=differ,
        )

        comparison_out.additional_properties = d
        return comparison_out

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
