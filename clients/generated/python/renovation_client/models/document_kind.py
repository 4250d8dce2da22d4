from enum import StrEnum


class DocumentKind(StrEnum):
    COMMITMENT_NOTICE = "commitment_notice"
    DESIGN_APPROVAL = "design_approval"
    DRAWING_REVIEW = "drawing_review"
    EXISTING_LAND_DOCUMENTS = "existing_land_documents"
    LAND_USE_APPROVAL = "land_use_approval"

    def __str__(self) -> str:
        return str(self.value)
