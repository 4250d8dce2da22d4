"""renovation_planner: solvers for the core's planning problem (:mod:`renovation_core.planning`).

Kept apart from the core, which stays pure: the mixed-integer model is built here from the
core's values and solved by HiGHS.
"""

from renovation_planner.highs import HighsSolver, Stop

__all__ = ["HighsSolver", "Stop"]
