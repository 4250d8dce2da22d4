"""Residents decide (§6): households, and owners' consent by the Civil Code's thresholds.

The core of each part: a compound's households (no personal data), its renovation committee,
the menu residents order from and the proposal their orders make, consent votes by the Civil
Code (民法典 art. 278) for a compound, a building or a stairwell, and the surveys that judge the
result. A project stays in consultation until its committee is formed (the delivery guard).
"""

from renovation_core.participation.committee import Committee, CommitteeMember, CommitteeRole
from renovation_core.participation.consent import (
    SPECIAL_MATTERS,
    Ballot,
    Choice,
    ConsentVote,
    Matter,
    Outcome,
    Threshold,
)
from renovation_core.participation.households import (
    MAX_COMPOUND_HOUSEHOLDS,
    Household,
    HouseholdRegister,
    Scope,
)
from renovation_core.participation.menu import CategoryLimit, Menu, MenuItem, Order
from renovation_core.participation.surveys import (
    MIN_CANVASSED,
    MIN_DISCLOSED_RESPONDENTS,
    Answer,
    Question,
    QuestionKind,
    QuestionResult,
    Response,
    Results,
    Survey,
    SurveyPurpose,
)

__all__ = [
    "MAX_COMPOUND_HOUSEHOLDS",
    "MIN_CANVASSED",
    "MIN_DISCLOSED_RESPONDENTS",
    "SPECIAL_MATTERS",
    "Answer",
    "Ballot",
    "CategoryLimit",
    "Choice",
    "Committee",
    "CommitteeMember",
    "CommitteeRole",
    "ConsentVote",
    "Household",
    "HouseholdRegister",
    "Matter",
    "Menu",
    "MenuItem",
    "Order",
    "Outcome",
    "Question",
    "QuestionKind",
    "QuestionResult",
    "Response",
    "Results",
    "Scope",
    "Survey",
    "SurveyPurpose",
    "Threshold",
]
