"""Residents decide (§6): households, and owners' consent by the Civil Code's thresholds.

Begun with the households of a compound, consent votes (民法典 art. 278) for a compound, a
building or a stairwell, and the menu residents order from; committees and surveys are to come.
"""

from renovation_core.participation.consent import (
    SPECIAL_MATTERS,
    Ballot,
    Choice,
    ConsentVote,
    Matter,
    Outcome,
    Threshold,
)
from renovation_core.participation.households import Household, Scope
from renovation_core.participation.menu import CategoryLimit, Menu, MenuItem, Order

__all__ = [
    "SPECIAL_MATTERS",
    "Ballot",
    "CategoryLimit",
    "Choice",
    "ConsentVote",
    "Household",
    "Matter",
    "Menu",
    "MenuItem",
    "Order",
    "Outcome",
    "Scope",
    "Threshold",
]
