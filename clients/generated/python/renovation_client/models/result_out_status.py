from enum import StrEnum


class ResultOutStatus(StrEnum):
    INFEASIBLE = "infeasible"
    NO_SOLUTION = "no_solution"
    OPTIMAL = "optimal"
    TIME_LIMIT = "time_limit"

    def __str__(self) -> str:
        return str(self.value)
