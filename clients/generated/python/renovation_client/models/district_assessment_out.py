from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.allocation_out import AllocationOut
    from ..models.facts_out import FactsOut
    from ..models.score_out import ScoreOut


T = TypeVar("T", bound="DistrictAssessmentOut")


@_attrs_define
class DistrictAssessmentOut:
    """
    Attributes:
        district (str):
        name (str): One line of text: no control characters.
        facts (FactsOut):
        score (ScoreOut):
        allocation (AllocationOut):
        paid_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        left_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    district: str
    name: str
    facts: FactsOut
    score: ScoreOut
    allocation: AllocationOut
    paid_yuan: str
    left_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district = self.district

        name = self.name

        facts = self.facts.to_dict()

        score = self.score.to_dict()

        allocation = self.allocation.to_dict()

        paid_yuan = self.paid_yuan

        left_yuan = self.left_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "name": name,
                "facts": facts,
                "score": score,
                "allocation": allocation,
                "paid_yuan": paid_yuan,
                "left_yuan": left_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_out import AllocationOut  # noqa: PLC0415
        from ..models.facts_out import FactsOut  # noqa: PLC0415
        from ..models.score_out import ScoreOut  # noqa: PLC0415

        d = dict(src_dict)
        district = d.pop("district")

        name = d.pop("name")

        facts = FactsOut.from_dict(d.pop("facts"))

        score = ScoreOut.from_dict(d.pop("score"))

        allocation = AllocationOut.from_dict(d.pop("allocation"))

        paid_yuan = d.pop("paid_yuan")

        left_yuan = d.pop("left_yuan")

        district_assessment_out = cls(
            district=district,
            name=name,
            facts=facts,
            score=score,
            allocation=allocation,
            paid_yuan=paid_yuan,
            left_yuan=left_yuan,
        )

        district_assessment_out.additional_properties = d
        return district_assessment_out

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
