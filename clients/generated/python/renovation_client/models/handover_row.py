from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network import Network

T = TypeVar("T", bound="HandoverRow")


@_attrs_define
class HandoverRow:
    """
    Attributes:
        compound (str):
        district (str):
        year (int):
        network (Network):
        operator (str): One line of text: no control characters.
        on (datetime.date):
        documents (list[str]): Document numbers or titles.
    """

    compound: str
    district: str
    year: int
    network: Network
    operator: str
    on: datetime.date
    documents: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        district = self.district

        year = self.year

        network = self.network.value

        operator = self.operator

        on = self.on.isoformat()

        documents = self.documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "district": district,
                "year": year,
                "network": network,
                "operator": operator,
                "on": on,
                "documents": documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        district = d.pop("district")

        year = d.pop("year")

        network = Network(d.pop("network"))

        operator = d.pop("operator")

        on = datetime.date.fromisoformat(d.pop("on"))

        documents = cast(list[str], d.pop("documents"))

        handover_row = cls(
            compound=compound,
            district=district,
            year=year,
            network=network,
            operator=operator,
            on=on,
            documents=documents,
        )

        handover_row.additional_properties = d
        return handover_row

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
