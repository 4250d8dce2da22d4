from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.programme_file_catalogue_item import ProgrammeFileCatalogueItem


T = TypeVar("T", bound="ProgrammeFileCatalogue")


@_attrs_define
class ProgrammeFileCatalogue:
    """The items a programme's plans choose from, each code unique.

    Attributes:
        items (list[ProgrammeFileCatalogueItem]):
    """

    items: list[ProgrammeFileCatalogueItem]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_catalogue_item import ProgrammeFileCatalogueItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ProgrammeFileCatalogueItem.from_dict(items_item_data)

            items.append(items_item)

        programme_file_catalogue = cls(
            items=items,
        )

        return programme_file_catalogue
