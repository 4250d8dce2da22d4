"""Funding (资金保障) and its supervision: who pays for what in each compound's renovation (§5).

A compound's funding plan splits its budget into lines by source, each paying for named plan
items; its rules are findings (:func:`check_funding`), so a draft can be kept, shown and fixed.
The district housing and finance bureaus review it (:class:`Funding`); once both approve, money
is paid from its lines through an append-only :class:`Ledger`; :func:`supervise` flags what the
record shows went wrong, and the reports follow the money by source, district and year.
"""

from renovation_core.funding.ledger import MAX_ENTRIES, Entry, Ledger
from renovation_core.funding.plan import (
    MAX_LINES,
    FundingLine,
    FundingPlan,
    budget_of,
    check_funding,
)
from renovation_core.funding.report import (
    Amounts,
    Cells,
    Funded,
    InvestmentRow,
    SourceRow,
    amounts_of,
    funding_by_source,
    investment_progress,
    investment_rows,
    source_rows,
)
from renovation_core.funding.responses import FlagKind, FlagResponse
from renovation_core.funding.review import (
    Bureau,
    Funding,
    FundingStatus,
    Review,
    Submission,
    Verdict,
    reviews_for,
)
from renovation_core.funding.sources import IN_HOME_ITEMS, FundingSource
from renovation_core.funding.supervision import (
    Flag,
    FlagCount,
    count_flags,
    money_flags,
    respond,
    supervise,
)

__all__ = [
    "IN_HOME_ITEMS",
    "MAX_ENTRIES",
    "MAX_LINES",
    "Amounts",
    "Bureau",
    "Cells",
    "Entry",
    "Flag",
    "FlagCount",
    "FlagKind",
    "FlagResponse",
    "Funded",
    "Funding",
    "FundingLine",
    "FundingPlan",
    "FundingSource",
    "FundingStatus",
    "InvestmentRow",
    "Ledger",
    "Review",
    "SourceRow",
    "Submission",
    "Verdict",
    "amounts_of",
    "budget_of",
    "check_funding",
    "count_flags",
    "funding_by_source",
    "investment_progress",
    "investment_rows",
    "money_flags",
    "respond",
    "reviews_for",
    "source_rows",
    "supervise",
]
