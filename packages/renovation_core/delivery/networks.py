"""Utility networks: which ones a plan touches, and their handover to the operators who run them.

综合改一次: pipeline works are done with the renovation, organised by the operators, so each
operator whose network is touched takes part in the joint acceptance and, after filing, takes the
network and facilities outside households over for long-term management.
"""

import datetime
from collections.abc import Iterable

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.validators import not_blank, references


class Network(Labelled):
    WATER = ("water", "供水")
    DRAINAGE = ("drainage", "排水")
    POWER = ("power", "供电")
    TELECOM = ("telecom", "通信")
    GAS = ("gas", "供气")
    HEATING = ("heating", "供热")


# The standard catalogue's items that are pipeline or wiring works on an operator's network. A
# programme with its own catalogue names a project's networks explicitly.
ITEM_NETWORKS: dict[str, tuple[Network, ...]] = {
    "water_supply": (Network.WATER,),
    "drainage": (Network.DRAINAGE,),
    "power_supply": (Network.POWER,),
    "power_capacity": (Network.POWER,),
    "low_voltage": (Network.TELECOM,),
    "fibre_to_home": (Network.TELECOM,),
    "mobile_coverage": (Network.TELECOM,),
    "overhead_lines": (Network.POWER, Network.TELECOM),
    "gas_supply": (Network.GAS,),
    "heating": (Network.HEATING,),
}


def networks_touched(items: Iterable[str]) -> tuple[Network, ...]:
    """The networks a plan's items work on, in the enum's order."""
    touched = {network for item in items for network in ITEM_NETWORKS.get(item, ())}
    return tuple(n for n in Network if n in touched)


def project_networks(
    items: Iterable[str], declared: Iterable[Network] | None = None
) -> tuple[Network, ...]:
    """The networks a project's works touch: those its plan's items work on, or those the
    project declares, which may add to them (a programme's own catalogue may hold works the
    standard map does not know) but never leave one out, so no operator misses the acceptance."""
    touched = networks_touched(items)
    if declared is None:
        return touched
    chosen = tuple(declared)
    left_out = [n.code for n in touched if n not in chosen]
    if left_out:
        raise FieldValueError(
            "networks",
            f"the plan's items work on {', '.join(left_out)}: their operators cannot be left out",
        )
    return chosen


@attrs.frozen(kw_only=True)
class Handover:
    """A network and its facilities outside households handed to its operator (移交)."""

    network: Network
    operator: str = attrs.field(validator=not_blank)
    on: datetime.date
    documents: tuple[str, ...] = attrs.field(
        validator=references("a handover lists the documents handed over")
    )
