from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bureau import Bureau
from ..models.funding_status import FundingStatus

if TYPE_CHECKING:
    from ..models.approved_out import ApprovedOut
    from ..models.finding_out import FindingOut
    from ..models.flag_out import FlagOut
    from ..models.line_out import LineOut
    from ..models.review_out import ReviewOut
    from ..models.submission_out import SubmissionOut


T = TypeVar("T", bound="FundingOut")


@_attrs_define
class FundingOut:
    """
    Attributes:
        compound (str):
        district (str):
        year (int):
        status (FundingStatus):
        budget_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        total_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        lines (list[LineOut]):
        findings (list[FindingOut]):
        submissions (list[SubmissionOut]):
        reviews (list[ReviewOut]):
        pending (list[Bureau]):
        approved (ApprovedOut | None):
        disbursed_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        flags (list[FlagOut]):
    """

    compound: str
    district: str
    year: int
    status: FundingStatus
    budget_yuan: str
    total_yuan: str
    lines: list[LineOut]
    findings: list[FindingOut]
    submissions: list[SubmissionOut]
    reviews: list[ReviewOut]
    pending: list[Bureau]
    approved: ApprovedOut | None
    disbursed_yuan: str
    flags: list[FlagOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.approved_out import ApprovedOut  # noqa: PLC0415

        compound = self.compound

        district = self.district

        year = self.year

        status = self.status.value

        budget_yuan = self.budget_yuan

        total_yuan = self.total_yuan

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        submissions = []
        for submissions_item_data in self.submissions:
            submissions_item = submissions_item_data.to_dict()
            submissions.append(submissions_item)

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        pending = []
        for pending_item_data in self.pending:
            pending_item = pending_item_data.value
            pending.append(pending_item)

        approved: dict[str, Any] | None
        if isinstance(self.approved, ApprovedOut):
            approved = self.approved.to_dict()
        else:
            approved = self.approved

        disbursed_yuan = self.disbursed_yuan

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "district": district,
                "year": year,
                "status": status,
                "budget_yuan": budget_yuan,
                "total_yuan": total_yuan,
                "lines": lines,
                "findings": findings,
                "submissions": submissions,
                "reviews": reviews,
                "pending": pending,
                "approved": approved,
                "disbursed_yuan": disbursed_yuan,
                "flags": flags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approved_out import ApprovedOut  # noqa: PLC0415
        from ..models.finding_out import FindingOut  # noqa: PLC0415
        from ..models.flag_out import FlagOut  # noqa: PLC0415
        from ..models.line_out import LineOut  # noqa: PLC0415
        from ..models.review_out import ReviewOut  # noqa: PLC0415
        from ..models.submission_out import SubmissionOut  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        district = d.pop("district")

        year = d.pop("year")

        status = FundingStatus(d.pop("status"))

        budget_yuan = d.pop("budget_yuan")

        total_yuan = d.pop("total_yuan")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = LineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = FindingOut.from_dict(findings_item_data)

            findings.append(findings_item)

        submissions = []
        _submissions = d.pop("submissions")
        for submissions_item_data in _submissions:
            submissions_item = SubmissionOut.from_dict(submissions_item_data)

            submissions.append(submissions_item)

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = ReviewOut.from_dict(reviews_item_data)

            reviews.append(reviews_item)

        pending = []
        _pending = d.pop("pending")
        for pending_item_data in _pending:
            pending_item = Bureau(pending_item_data)

            pending.append(pending_item)

        def _parse_approved(data: object) -> ApprovedOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approved_type_0 = ApprovedOut.from_dict(data)

                return approved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovedOut | None, data)

        approved = _parse_approved(d.pop("approved"))

        disbursed_yuan = d.pop("disbursed_yuan")

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = FlagOut.from_dict(flags_item_data)

            flags.append(flags_item)

        funding_out = cls(
            compound=compound,
            district=district,
            year=year,
            status=status,
            budget_yuan=budget_yuan,
            total_yuan=total_yuan,
            lines=lines,
            findings=findings,
            submissions=submissions,
            reviews=reviews,
            pending=pending,
            approved=approved,
            disbursed_yuan=disbursed_yuan,
            flags=flags,
        )

        funding_out.additional_properties = d
        return funding_out

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
