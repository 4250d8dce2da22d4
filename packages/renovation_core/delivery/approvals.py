"""Approvals under the simplified regime (清单制 + 告知承诺制): which documents a project needs.

The list follows from what the project is: one that changes no land ownership proves its land with
the documents it already has; a low-risk one that changes no main structure and signs a commitment
notice (告知承诺书) skips the construction-drawing review (施工图审查). Every project needs its
design scheme approved.
"""

import datetime

import attrs

from renovation_core.labels import Labelled
from renovation_core.validators import not_blank


class DocumentKind(Labelled):
    EXISTING_LAND_DOCUMENTS = ("existing_land_documents", "既有用地手续（作为土地证明）")
    LAND_USE_APPROVAL = ("land_use_approval", "用地审批文件")
    DESIGN_APPROVAL = ("design_approval", "设计方案审查意见")
    DRAWING_REVIEW = ("drawing_review", "施工图审查合格书")
    COMMITMENT_NOTICE = ("commitment_notice", "告知承诺书")


@attrs.frozen(kw_only=True)
class ApprovalProfile:
    """The attributes of a project that decide its approval route."""

    changes_land_ownership: bool
    low_risk: bool
    changes_main_structure: bool
    signs_commitment_notice: bool

    @property
    def skips_drawing_review(self) -> bool:
        return self.low_risk and not self.changes_main_structure and self.signs_commitment_notice

    def required(self) -> tuple[DocumentKind, ...]:
        """The documents the project must supply before its design is approved."""
        land = (
            DocumentKind.LAND_USE_APPROVAL
            if self.changes_land_ownership
            else DocumentKind.EXISTING_LAND_DOCUMENTS
        )
        drawings = (
            DocumentKind.COMMITMENT_NOTICE
            if self.skips_drawing_review
            else DocumentKind.DRAWING_REVIEW
        )
        return (land, DocumentKind.DESIGN_APPROVAL, drawings)


@attrs.frozen(kw_only=True)
class SuppliedDocument:
    """A document on file: its kind, its number or title (文号) and the day it was issued."""

    kind: DocumentKind
    reference: str = attrs.field(validator=not_blank)
    issued_on: datetime.date
