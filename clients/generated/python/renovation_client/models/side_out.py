from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.proposal_in import ProposalIn
    from ..models.result_out import ResultOut


T = TypeVar("T", bound="SideOut")


@_attrs_define
class SideOut:
    """
    Attributes:
        id (int):
        inputs (ProposalIn):
        result (ResultOut):
    """

    id: int
    inputs: ProposalIn
    result: ResultOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inputs = self.inputs.to_dict()

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inputs": inputs,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proposal_in import ProposalIn  # noqa: PLC0415
        from ..models.result_out import ResultOut  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        inputs = ProposalIn.from_dict(d.pop("inputs"))

        result = ResultOut.from_dict(d.pop("result"))

        side_out = cls(
            id=id,
            inputs=inputs,
            result=result,
        )

        side_out.additional_properties = d
        return side_out

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
