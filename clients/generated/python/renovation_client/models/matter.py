from enum import StrEnum


class Matter(StrEnum):
    COMMITTEE = "committee"
    COMMON_PARTS_USE = "common_parts_use"
    MANAGEMENT_RULES = "management_rules"
    OTHER = "other"
    PROCEDURE = "procedure"
    PROPERTY_SERVICE = "property_service"
    RAISE_MAINTENANCE_FUND = "raise_maintenance_fund"
    REBUILD = "rebuild"
    USE_MAINTENANCE_FUND = "use_maintenance_fund"

    def __str__(self) -> str:
        return str(self.value)
