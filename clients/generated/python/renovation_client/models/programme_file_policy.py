from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_duties import ProgrammeFileDuties
    from ..models.programme_file_minimum_grade import ProgrammeFileMinimumGrade


T = TypeVar("T", bound="ProgrammeFilePolicy")


@_attrs_define
class ProgrammeFilePolicy:
    """A programme's policy settings (see the module's docstring).

    Attributes:
        duties (ProgrammeFileDuties | Unset): How each duty is enforced. Wuhai's plan makes its residents' right to
            choose (选择权),
                the elevators' management (明确加装电梯的管理责任), qualified units and special funds'
                purpose binding; it encourages (鼓励) the maintenance fund; it asks for survey and testing
                units where the works need them, which only people can judge, so their absence is a
                finding.
        inspection_interval_days (int | Unset):
        follow_up_months (list[int] | Unset):
        follow_up_window_days (int | Unset):
        minimum_grades (list[ProgrammeFileMinimumGrade] | Unset):
        direct_award_limit_yuan (int | None | str | Unset):
        provident_fund_items (list[str] | None | Unset):
        public_briefs (bool | Unset):
    """

    duties: ProgrammeFileDuties | Unset = UNSET
    inspection_interval_days: int | Unset = UNSET
    follow_up_months: list[int] | Unset = UNSET
    follow_up_window_days: int | Unset = UNSET
    minimum_grades: list[ProgrammeFileMinimumGrade] | Unset = UNSET
    direct_award_limit_yuan: int | None | str | Unset = UNSET
    provident_fund_items: list[str] | None | Unset = UNSET
    public_briefs: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duties, Unset):
            duties = self.duties.to_dict()

        inspection_interval_days = self.inspection_interval_days

        follow_up_months: list[int] | Unset = UNSET
        if not isinstance(self.follow_up_months, Unset):
            follow_up_months = self.follow_up_months

        follow_up_window_days = self.follow_up_window_days

        minimum_grades: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.minimum_grades, Unset):
            minimum_grades = []
            for minimum_grades_item_data in self.minimum_grades:
                minimum_grades_item = minimum_grades_item_data.to_dict()
                minimum_grades.append(minimum_grades_item)

        direct_award_limit_yuan: int | None | str | Unset
        if isinstance(self.direct_award_limit_yuan, Unset):
            direct_award_limit_yuan = UNSET
        else:
            direct_award_limit_yuan = self.direct_award_limit_yuan

        provident_fund_items: list[str] | None | Unset
        if isinstance(self.provident_fund_items, Unset):
            provident_fund_items = UNSET
        elif isinstance(self.provident_fund_items, list):
            provident_fund_items = self.provident_fund_items

        else:
            provident_fund_items = self.provident_fund_items

        public_briefs = self.public_briefs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if duties is not UNSET:
            field_dict["duties"] = duties
        if inspection_interval_days is not UNSET:
            field_dict["inspection_interval_days"] = inspection_interval_days
        if follow_up_months is not UNSET:
            field_dict["follow_up_months"] = follow_up_months
        if follow_up_window_days is not UNSET:
            field_dict["follow_up_window_days"] = follow_up_window_days
        if minimum_grades is not UNSET:
            field_dict["minimum_grades"] = minimum_grades
        if direct_award_limit_yuan is not UNSET:
            field_dict["direct_award_limit_yuan"] = direct_award_limit_yuan
        if provident_fund_items is not UNSET:
            field_dict["provident_fund_items"] = provident_fund_items
        if public_briefs is not UNSET:
            field_dict["public_briefs"] = public_briefs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_duties import ProgrammeFileDuties  # noqa: PLC0415
        from ..models.programme_file_minimum_grade import ProgrammeFileMinimumGrade  # noqa: PLC0415

        d = dict(src_dict)
        _duties = d.pop("duties", UNSET)
        duties: ProgrammeFileDuties | Unset
        if isinstance(_duties, Unset):
            duties = UNSET
        else:
            duties = ProgrammeFileDuties.from_dict(_duties)

        inspection_interval_days = d.pop("inspection_interval_days", UNSET)

        follow_up_months = cast(list[int], d.pop("follow_up_months", UNSET))

        follow_up_window_days = d.pop("follow_up_window_days", UNSET)

        _minimum_grades = d.pop("minimum_grades", UNSET)
        minimum_grades: list[ProgrammeFileMinimumGrade] | Unset = UNSET
        if _minimum_grades is not UNSET:
            minimum_grades = []
            for minimum_grades_item_data in _minimum_grades:
                minimum_grades_item = ProgrammeFileMinimumGrade.from_dict(minimum_grades_item_data)

                minimum_grades.append(minimum_grades_item)

        def _parse_direct_award_limit_yuan(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        direct_award_limit_yuan = _parse_direct_award_limit_yuan(d.pop("direct_award_limit_yuan", UNSET))

        def _parse_provident_fund_items(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                provident_fund_items_type_0 = cast(list[str], data)

                return provident_fund_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        provident_fund_items = _parse_provident_fund_items(d.pop("provident_fund_items", UNSET))

        public_briefs = d.pop("public_briefs", UNSET)

        programme_file_policy = cls(
            duties=duties,
            inspection_interval_days=inspection_interval_days,
            follow_up_months=follow_up_months,
            follow_up_window_days=follow_up_window_days,
            minimum_grades=minimum_grades,
            direct_award_limit_yuan=direct_award_limit_yuan,
            provident_fund_items=provident_fund_items,
            public_briefs=public_briefs,
        )

        return programme_file_policy
