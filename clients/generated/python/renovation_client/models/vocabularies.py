from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.category_term import CategoryTerm
    from ..models.term import Term


T = TypeVar("T", bound="Vocabularies")


@_attrs_define
class Vocabularies:
    """
    Attributes:
        categories (list[CategoryTerm]):
        property_types (list[Term]):
        severities (list[Term]):
        priority_levels (list[Term]):
        ineligibility_reasons (list[Term]):
        roles (list[Term]):
    """

    categories: list[CategoryTerm]
    property_types: list[Term]
    severities: list[Term]
    priority_levels: list[Term]
    ineligibility_reasons: list[Term]
    roles: list[Term]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        property_types = []
        for property_types_item_data in self.property_types:
            property_types_item = property_types_item_data.to_dict()
            property_types.append(property_types_item)

        severities = []
        for severities_item_data in self.severities:
            severities_item = severities_item_data.to_dict()
            severities.append(severities_item)

        priority_levels = []
        for priority_levels_item_data in self.priority_levels:
            priority_levels_item = priority_levels_item_data.to_dict()
            priority_levels.append(priority_levels_item)

        ineligibility_reasons = []
        for ineligibility_reasons_item_data in self.ineligibility_reasons:
            ineligibility_reasons_item = ineligibility_reasons_item_data.to_dict()
            ineligibility_reasons.append(ineligibility_reasons_item)

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "property_types": property_types,
                "severities": severities,
                "priority_levels": priority_levels,
                "ineligibility_reasons": ineligibility_reasons,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_term import CategoryTerm  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryTerm.from_dict(categories_item_data)

            categories.append(categories_item)

        property_types = []
        _property_types = d.pop("property_types")
        for property_types_item_data in _property_types:
            property_types_item = Term.from_dict(property_types_item_data)

            property_types.append(property_types_item)

        severities = []
        _severities = d.pop("severities")
        for severities_item_data in _severities:
            severities_item = Term.from_dict(severities_item_data)

            severities.append(severities_item)

        priority_levels = []
        _priority_levels = d.pop("priority_levels")
        for priority_levels_item_data in _priority_levels:
            priority_levels_item = Term.from_dict(priority_levels_item_data)

            priority_levels.append(priority_levels_item)

        ineligibility_reasons = []
        _ineligibility_reasons = d.pop("ineligibility_reasons")
        for ineligibility_reasons_item_data in _ineligibility_reasons:
            ineligibility_reasons_item = Term.from_dict(ineligibility_reasons_item_data)

            ineligibility_reasons.append(ineligibility_reasons_item)

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Term.from_dict(roles_item_data)

            roles.append(roles_item)

        vocabularies = cls(
            categories=categories,
            property_types=property_types,
            severities=severities,
            priority_levels=priority_levels,
            ineligibility_reasons=ineligibility_reasons,
            roles=roles,
        )

        vocabularies.additional_properties = d
        return vocabularies

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
