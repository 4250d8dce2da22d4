"""Residents decide (§6): households, and owners' consent by the Civil Code's thresholds.

Begun with the households of a compound and consent votes (民法典 art. 278) for a compound, a
building or a stairwell; committees, menus, orders and surveys are to come.
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

__all__ = [
    "SPECIAL_MATTERS",
    "Ballot",
    "Choice",
    "ConsentVote",
    "Household",
    "Matter",
    "Outcome",
    "Scope",
    "Threshold",
]
