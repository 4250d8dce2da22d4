from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.funding_source import FundingSource
from ..models.network import Network
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingLineBody")


@_attrs_define
class FundingLineBody:
    """
    Attributes:
        source (FundingSource):
        party (str): One line of text: no control characters.
        amount_yuan (str): Yuan above zero, as an exact decimal string with at most 2 decimal places.
        items (list[str]): The plan items the money pays for, each once.
        network (Network | None | Unset):
        residents_agreed (bool | Unset):  Default: False.
    """

    source: FundingSource
    party: str
    amount_yuan: str
    items: list[str]
    network: Network | None | Unset = UNSET
    residents_agreed: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        party = self.party

        amount_yuan = self.amount_yuan

        items = self.items

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, Network):
            network = self.network.value
        else:
            network = self.network

        residents_agreed = self.residents_agreed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "party": party,
                "amount_yuan": amount_yuan,
                "items": items,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network
        if residents_agreed is not UNSET:
            field_dict["residents_agreed"] = residents_agreed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = FundingSource(d.pop("source"))

        party = d.pop("party")

        amount_yuan = d.pop("amount_yuan")

        items = cast(list[str], d.pop("items"))

        def _parse_network(data: object) -> Network | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_0 = Network(data)

                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Network | None | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        residents_agreed = d.pop("residents_agreed", UNSET)

        funding_line_body = cls(
            source=source,
            party=party,
            amount_yuan=amount_yuan,
            items=items,
            network=network,
            residents_agreed=residents_agreed,
        )

        return funding_line_body
