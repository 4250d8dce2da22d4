from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.programme_file_catalogue_item_category import ProgrammeFileCatalogueItemCategory

T = TypeVar("T", bound="ProgrammeFileCatalogueItem")


@_attrs_define
class ProgrammeFileCatalogueItem:
    """One thing a compound's plan can include, e.g. ``elevator_retrofit`` 加装电梯.

    Attributes:
        code (str):
        category (ProgrammeFileCatalogueItemCategory):
        label (str):
        label_en (str):
    """

    code: str
    category: ProgrammeFileCatalogueItemCategory
    label: str
    label_en: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category.value

        label = self.label

        label_en = self.label_en

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "category": category,
                "label": label,
                "label_en": label_en,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        category = ProgrammeFileCatalogueItemCategory(d.pop("category"))

        label = d.pop("label")

        label_en = d.pop("label_en")

        programme_file_catalogue_item = cls(
            code=code,
            category=category,
            label=label,
            label_en=label_en,
        )

        return programme_file_catalogue_item
