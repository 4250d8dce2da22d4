from enum import StrEnum


class FundingSource(StrEnum):
    BANK_LOAN = "bank_loan"
    CEDED_SPACE = "ceded_space"
    CENTRAL_SUBSIDY = "central_subsidy"
    CITY_FINANCE = "city_finance"
    COMPOUND_REVENUE = "compound_revenue"
    DISTRICT_FINANCE = "district_finance"
    GENERAL_BOND = "general_bond"
    MAINTENANCE_FUND = "maintenance_fund"
    ORIGINAL_PROPERTY_UNIT = "original_property_unit"
    PROVIDENT_FUND = "provident_fund"
    PUBLIC_HOUSING_UNIT = "public_housing_unit"
    REGIONAL_SUBSIDY = "regional_subsidy"
    RENOVATION_FUND = "renovation_fund"
    RESIDENT_CASH = "resident_cash"
    RESIDENT_LABOUR = "resident_labour"
    SOCIAL_CAPITAL = "social_capital"
    SPECIAL_BOND = "special_bond"
    UTILITY_OPERATOR = "utility_operator"

    def __str__(self) -> str:
        return str(self.value)
