from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_source import FundingSource
from ..models.network import Network

T = TypeVar("T", bound="LineOut")


@_attrs_define
class LineOut:
    """
    Attributes:
        number (int): Numbered from 1.
        source (FundingSource):
        party (str): One line of text: no control characters.
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        items (list[str]): The plan items the money pays for, each once.
        network (Network | None):
        residents_agreed (bool):
    """

    number: int
    source: FundingSource
    party: str
    amount_yuan: str
    items: list[str]
    network: Network | None
    residents_agreed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        source = self.source.value

        party = self.party

        amount_yuan = self.amount_yuan

        items = self.items

        network: None | str
        if isinstance(self.network, Network):
            network = self.network.value
        else:
            network = self.network

        residents_agreed = self.residents_agreed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "source": source,
                "party": party,
                "amount_yuan": amount_yuan,
                "items": items,
                "network": network,
                "residents_agreed": residents_agreed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        source = FundingSource(d.pop("source"))

        party = d.pop("party")

        amount_yuan = d.pop("amount_yuan")

        items = cast(list[str], d.pop("items"))

        def _parse_network(data: object) -> Network | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_0 = Network(data)

                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Network | None, data)

        network = _parse_network(d.pop("network"))

        residents_agreed = d.pop("residents_agreed")

        line_out = cls(
            number=number,
            source=source,
            party=party,
            amount_yuan=amount_yuan,
            items=items,
            network=network,
            residents_agreed=residents_agreed,
        )

        line_out.additional_properties = d
        return line_out

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
