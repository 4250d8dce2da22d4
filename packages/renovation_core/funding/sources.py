"""Where the money comes from (资金来源), and what some sources may pay for."""

from renovation_core.labels import Labelled


class FundingSource(Labelled):
    CENTRAL_SUBSIDY = ("central_subsidy", "中央补助资金")
    REGIONAL_SUBSIDY = ("regional_subsidy", "自治区补助资金")
    GENERAL_BOND = ("general_bond", "地方政府一般债券")
    SPECIAL_BOND = ("special_bond", "地方政府专项债券")
    CITY_FINANCE = ("city_finance", "市级财政资金")
    DISTRICT_FINANCE = ("district_finance", "区级财政资金")
    RESIDENT_CASH = ("resident_cash", "居民出资")
    MAINTENANCE_FUND = ("maintenance_fund", "住宅专项维修资金")
    PROVIDENT_FUND = ("provident_fund", "住房公积金")
    COMPOUND_REVENUE = ("compound_revenue", "小区公共收益")
    RESIDENT_LABOUR = ("resident_labour", "居民投工投劳（折价）")
    CEDED_SPACE = ("ceded_space", "让渡楼面资源（折价）")
    UTILITY_OPERATOR = ("utility_operator", "专营单位出资")
    BANK_LOAN = ("bank_loan", "银行贷款")
    RENOVATION_FUND = ("renovation_fund", "改造基金")
    SOCIAL_CAPITAL = ("social_capital", "社会资本")
    ORIGINAL_PROPERTY_UNIT = ("original_property_unit", "原产权单位出资")
    PUBLIC_HOUSING_UNIT = ("public_housing_unit", "公房产权单位出资")


# What residents pay for in cash unless the plan says otherwise: windows (in the energy
# retrofit) and the water, power and heating works that enter their homes.
IN_HOME_ITEMS = frozenset({"energy_retrofit", "water_supply", "power_supply", "heating"})
