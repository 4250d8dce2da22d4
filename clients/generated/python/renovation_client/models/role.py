from enum import StrEnum


class Role(StrEnum):
    AUDITOR = "auditor"
    CITY_ADMIN = "city_admin"
    DISTRICT_OFFICER = "district_officer"
    FINANCE_OFFICER = "finance_officer"
    NATIONAL_VIEWER = "national_viewer"
    PROVINCE_OFFICER = "province_officer"
    PUBLIC = "public"
    RESIDENT = "resident"
    STREET_OFFICER = "street_officer"
    UTILITY_OPERATOR = "utility_operator"

    def __str__(self) -> str:
        return str(self.value)
