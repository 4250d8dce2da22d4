"""Funding (资金保障): who pays for what in each compound's project, under the plan's rules (§5).

Begun with the sources and a project's funding plan, checked by findings rather than exceptions,
because a plan being drafted may break a rule that its review must see and send back.
"""

from renovation_core.funding.plan import FundingLine, FundingPlan, check_funding
from renovation_core.funding.sources import IN_HOME_ITEMS, FundingSource

__all__ = ["IN_HOME_ITEMS", "FundingLine", "FundingPlan", "FundingSource", "check_funding"]
