from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.duties_out import DutiesOut
    from ..models.minimum_grade_out import MinimumGradeOut


T = TypeVar("T", bound="PolicyOut")


@_attrs_define
class PolicyOut:
    """
    Attributes:
        duties (DutiesOut):
        inspection_interval_days (int):
        follow_up_months (list[int]):
        follow_up_window_days (int):
        minimum_grades (list[MinimumGradeOut]):
        direct_award_limit_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
        provident_fund_items (list[str]):
        public_briefs (bool):
    """

    duties: DutiesOut
    inspection_interval_days: int
    follow_up_months: list[int]
    follow_up_window_days: int
    minimum_grades: list[MinimumGradeOut]
    direct_award_limit_yuan: None | str
    provident_fund_items: list[str]
    public_briefs: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duties = self.duties.to_dict()

        inspection_interval_days = self.inspection_interval_days

        follow_up_months = self.follow_up_months

        follow_up_window_days = self.follow_up_window_days

        minimum_grades = []
        for minimum_grades_item_data in self.minimum_grades:
            minimum_grades_item = minimum_grades_item_data.to_dict()
            minimum_grades.append(minimum_grades_item)

        direct_award_limit_yuan: None | str
        direct_award_limit_yuan = self.direct_award_limit_yuan

        provident_fund_items = self.provident_fund_items

        public_briefs = self.public_briefs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duties": duties,
                "inspection_interval_days": inspection_interval_days,
                "follow_up_months": follow_up_months,
                "follow_up_window_days": follow_up_window_days,
                "minimum_grades": minimum_grades,
                "direct_award_limit_yuan": direct_award_limit_yuan,
                "provident_fund_items": provident_fund_items,
                "public_briefs": public_briefs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duties_out import DutiesOut  # noqa: PLC0415
        from ..models.minimum_grade_out import MinimumGradeOut  # noqa: PLC0415

        d = dict(src_dict)
        duties = DutiesOut.from_dict(d.pop("duties"))

        inspection_interval_days = d.pop("inspection_interval_days")

        follow_up_months = cast(list[int], d.pop("follow_up_months"))

        follow_up_window_days = d.pop("follow_up_window_days")

        minimum_grades = []
        _minimum_grades = d.pop("minimum_grades")
        for minimum_grades_item_data in _minimum_grades:
            minimum_grades_item = MinimumGradeOut.from_dict(minimum_grades_item_data)

            minimum_grades.append(minimum_grades_item)

        def _parse_direct_award_limit_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        direct_award_limit_yuan = _parse_direct_award_limit_yuan(d.pop("direct_award_limit_yuan"))

        provident_fund_items = cast(list[str], d.pop("provident_fund_items"))

        public_briefs = d.pop("public_briefs")

        policy_out = cls(
            duties=duties,
            inspection_interval_days=inspection_interval_days,
            follow_up_months=follow_up_months,
            follow_up_window_days=follow_up_window_days,
            minimum_grades=minimum_grades,
            direct_award_limit_yuan=direct_award_limit_yuan,
            provident_fund_items=provident_fund_items,
            public_briefs=public_briefs,
        )

        policy_out.additional_properties = d
        return policy_out

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
