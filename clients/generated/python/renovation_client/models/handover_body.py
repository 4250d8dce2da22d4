from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.network import Network

T = TypeVar("T", bound="HandoverBody")


@_attrs_define
class HandoverBody:
    """
    Attributes:
        network (Network):
        operator (str): One line of text: no control characters.
        on (datetime.date):
        documents (list[str]): Document numbers or titles.
    """

    network: Network
    operator: str
    on: datetime.date
    documents: list[str]

    def to_dict(self) -> dict[str, Any]:
        network = self.network.value

        operator = self.operator

        on = self.on.isoformat()

        documents = self.documents

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
        network = Network(d.pop("network"))

        operator = d.pop("operator")

        on = datetime.date.fromisoformat(d.pop("on"))

        documents = cast(list[str], d.pop("documents"))

        handover_body = cls(
            network=network,
            operator=operator,
            on=on,
            documents=documents,
        )

        return handover_body
