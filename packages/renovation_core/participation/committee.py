"""The residents' renovation committee (小区改造委员会): who speaks for a compound's residents.

Its members are households of the compound, not names; one chairs it. A project leaves
consultation for design only once the committee is formed, and the committee confirms the plan
the residents' orders propose.
"""

import datetime

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.participation.households import HouseholdRegister
from renovation_core.validators import at_most, code, not_after, unique_by

MIN_MEMBERS = 3
MAX_MEMBERS = 50


class CommitteeRole(Labelled):
    CHAIR = ("chair", "主任")
    VICE_CHAIR = ("vice_chair", "副主任")
    MEMBER = ("member", "委员")


@attrs.frozen(kw_only=True)
class CommitteeMember:
    household: str = attrs.field(validator=code)
    role: CommitteeRole


def _members(_instance: object, _attribute: object, value: tuple[CommitteeMember, ...]) -> None:
    if len(value) < MIN_MEMBERS:
        raise FieldValueError("members", f"a committee has at least {MIN_MEMBERS} members")
    chairs = sum(m.role is CommitteeRole.CHAIR for m in value)
    if chairs != 1:
        raise FieldValueError("members", f"a committee has one chair, not {chairs}")


@attrs.frozen(kw_only=True)
class Committee:
    formed_on: datetime.date
    members: tuple[CommitteeMember, ...] = attrs.field(
        validator=[
            at_most(MAX_MEMBERS, "members"),
            unique_by(lambda m: m.household, "household"),
            _members,
        ]
    )

    def formed_by(self, day: datetime.date) -> bool:
        return self.formed_on <= day

    def check(self, register: HouseholdRegister, today: datetime.date) -> None:
        """Refuse a committee formed in the future or with a member who is not a household of
        the compound."""
        not_after("formed_on", self.formed_on, today)
        known = {h.key for h in register.households}
        for i, member in enumerate(self.members):
            if member.household not in known:
                raise FieldValueError(
                    f"members[{i}].household",
                    f"{member.household} is not a household of the compound",
                )
