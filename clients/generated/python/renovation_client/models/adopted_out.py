from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_move import PlanMove


T = TypeVar("T", bound="AdoptedOut")


@_attrs_define
class AdoptedOut:
    """
    Attributes:
        proposal (int):
        moved (list[PlanMove]):
    """

    proposal: int
    moved: list[PlanMove]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proposal = self.proposal

        moved = []
        for moved_item_data in self.moved:
            moved_item = moved_item_data.to_dict()
            moved.append(moved_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proposal": proposal,
                "moved": moved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_move import PlanMove  # noqa: PLC0415

        d = dict(src_dict)
        proposal = d.pop("proposal")

        moved = []
        _moved = d.pop("moved")
        for moved_item_data in _moved:
            moved_item = PlanMove.from_dict(moved_item_data)

            moved.append(moved_item)

        adopted_out = cls(
            proposal=proposal,
            moved=moved,
        )

        adopted_out.additional_properties = d
        return adopted_out

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
