"""The shapes the residents' routes share: a household's key, a closing day, their errors."""

import datetime
from typing import Annotated

import msgspec
from litestar.params import Parameter

from renovation_api.problems import problem_responses
from renovation_api.shapes.common import Body
from renovation_core.participation.households import MAX_KEY_LENGTH

_PART = r"[A-Za-z0-9][A-Za-z0-9_.]*"
_HOUSEHOLD = {
    "min_length": 5,
    "max_length": MAX_KEY_LENGTH,
    "pattern": f"^{_PART}-{_PART}-{_PART}$",
    "description": "building-entrance-unit",
}
HouseholdKey = Annotated[str, msgspec.Meta(**_HOUSEHOLD, examples=["3-2-0501"])]
HouseholdPath = Annotated[str, Parameter(**_HOUSEHOLD)]
WRITE_ERRORS = problem_responses(400, 404, 409, 412, 415, 422, 403)


class ClosureIn(Body):
    on: datetime.date
