from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.programme_file_funding_line_network_type_0 import ProgrammeFileFundingLineNetworkType0
from ..models.programme_file_funding_line_source import ProgrammeFileFundingLineSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeFileFundingLine")


@_attrs_define
class ProgrammeFileFundingLine:
    """One source's share: who pays (``party``), how much, and for which of the plan's items.
    A utility operator's line names the network it runs; ``residents_agreed`` marks resident cash
    the compound's plan agreed to put beyond in-home items.

    Attributes:
        source (ProgrammeFileFundingLineSource):
        party (str):
        amount_yuan (int | str): An exact decimal: a string such as "1234.50", or an integer; never a float.
        items (list[str]):
        network (None | ProgrammeFileFundingLineNetworkType0 | Unset):
        residents_agreed (bool | Unset):
    """

    source: ProgrammeFileFundingLineSource
    party: str
    amount_yuan: int | str
    items: list[str]
    network: None | ProgrammeFileFundingLineNetworkType0 | Unset = UNSET
    residents_agreed: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        party = self.party

        amount_yuan: int | str
        amount_yuan = self.amount_yuan

        items = self.items

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, ProgrammeFileFundingLineNetworkType0):
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
        source = ProgrammeFileFundingLineSource(d.pop("source"))

        party = d.pop("party")

        def _parse_amount_yuan(data: object) -> int | str:
            return cast(int | str, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan"))

        items = cast(list[str], d.pop("items"))

        def _parse_network(data: object) -> None | ProgrammeFileFundingLineNetworkType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_0 = ProgrammeFileFundingLineNetworkType0(data)

                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgrammeFileFundingLineNetworkType0 | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        residents_agreed = d.pop("residents_agreed", UNSET)

        programme_file_funding_line = cls(
            source=source,
            party=party,
            amount_yuan=amount_yuan,
            items=items,
            network=network,
            residents_agreed=residents_agreed,
        )

        return programme_file_funding_line
