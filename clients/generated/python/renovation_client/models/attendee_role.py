from enum import StrEnum


class AttendeeRole(StrEnum):
    CLIENT = "client"
    COMMUNITY = "community"
    CONTRACTOR = "contractor"
    DESIGNER = "designer"
    RESIDENTS = "residents"
    STREET = "street"
    SUPERVISOR = "supervisor"
    UTILITY_OPERATOR = "utility_operator"

    def __str__(self) -> str:
        return str(self.value)
