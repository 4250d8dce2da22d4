"""Who may touch what, in one vocabulary: a caller's scope is checked here and nowhere else.

Outside its scope a compound, and everything of it, does not exist for the caller: reads and
changes of it answer ``NotFound``. A write may not put a compound outside the caller's scope
(``OutsideScope``), and a city-wide act needs a city-wide caller (``NotPermitted``).
"""

import renovation_core as core
from renovation_api.services.errors import NotFound, NotPermitted, OutsideScope
from renovation_api.services.unit_of_work import Place, Stored, UnitOfWork
from renovation_core.register.regions import NATION


async def programme(uow: UnitOfWork, code: str) -> core.Programme:
    """The programme, if its city lies within the caller's region."""
    found = await uow.programmes.get(code)
    if found is None or not reaches(uow, found.city.code):
        raise NotFound(f"programme {code!r}")
    return found


async def policy(uow: UnitOfWork, code: str) -> core.Policy:
    """The policy of a programme the caller reaches (see :func:`programme`)."""
    await programme(uow, code)
    stored = await uow.programmes.stored(code)
    assert stored is not None  # programmes are never removed
    return stored.value.policy


def region(uow: UnitOfWork) -> str:
    """The region the caller is bounded by: the nation for most."""
    return uow.by.region or NATION


def reaches(uow: UnitOfWork, code: str) -> bool:
    """Whether a region (a programme's city, a district) lies within the caller's region:
    outside it a programme and everything of it does not exist for the caller."""
    return uow.by.reaches(code)


def sees_region(uow: UnitOfWork, code: str) -> bool:
    """Whether the caller may read a region's figures: within its region, and a district's
    officer only its district's."""
    return uow.by.reaches(code) and (uow.by.city_wide or code in uow.by.districts)


def covers(uow: UnitOfWork, place: Place | None) -> bool:
    return place is None or uow.by.covers(place.district, place.street)


async def compound(uow: UnitOfWork, programme: str, code: str) -> Place:
    """Where the compound lies, if the caller may see it."""
    place = await uow.compounds.place(programme, code)
    if place is None or not covers(uow, place):
        raise NotFound(f"compound {code!r} of programme {programme!r}")
    return place


async def stored_compound(uow: UnitOfWork, programme: str, code: str) -> Stored[core.Compound]:
    """The compound itself, if the caller may see it."""
    found = await uow.compounds.get(programme, code)
    if found is None or not covers(uow, found.place):
        raise NotFound(f"compound {code!r} of programme {programme!r}")
    return found


async def told(uow: UnitOfWork, programme: str, code: str) -> Stored[core.Compound]:
    """The compound, if the caller may read its brief to its residents: its households'
    representative, staff covering it, or anyone where the programme's policy publishes briefs."""
    public = (await policy(uow, programme)).public_briefs
    found = await uow.compounds.get(programme, code)
    if found is None or not (
        public
        or uow.by.represents(programme, code)
        or (uow.by.may(core.Permission.READ_REGISTER) and covers(uow, found.place))
    ):
        raise NotFound(f"compound {code!r} of programme {programme!r}")
    return found


def within(uow: UnitOfWork, district: str, street: str) -> None:
    """Refuse a write that would put a compound outside the caller's scope: a command cannot
    grant the caller a district or street it does not have."""
    if not uow.by.covers(district, street):
        raise OutsideScope(
            f"district {district}, street {street} is outside the scope of this {uow.by.role.code}",
            ("district", "street"),
        )


def city(uow: UnitOfWork, what: str) -> None:
    """Refuse a city-wide act (``what`` the city does) to a caller who is not city-wide."""
    if not uow.by.city_wide:
        raise NotPermitted(f"the city {what}")


def district(uow: UnitOfWork, code: str) -> None:
    """Refuse an act on district ``code`` (its pairing, contract, reward) to a caller who does
    not answer for it: a city's administrator bounded to a region, for a district its
    programme lists outside it."""
    if not uow.by.answers_for(code):
        raise OutsideScope(
            f"district {code} is outside the scope of this {uow.by.role.code}", ("district",)
        )


def every_district(by: core.Principal, found: core.Programme) -> None:
    """Refuse an act over every district of ``found`` (an assessment, a plan proposal, read or
    made) to a caller who does not answer for each of them."""
    outside = [d.code for d in found.districts if not by.answers_for(d.code)]
    if outside:
        raise OutsideScope(
            f"programme {found.code} lists district {', '.join(outside)}, outside the scope of "
            f"this {by.role.code}"
        )


def city_wide(uow: UnitOfWork) -> bool:
    """Whether the caller answers for the whole city (the city's totals in a report)."""
    return uow.by.city_wide


def answers_for(uow: UnitOfWork, district: str) -> bool:
    """Whether the caller answers for the whole of ``district`` (its reports, contract,
    pairings, assessment): the city, or the district's own officer, not a street's."""
    return uow.by.answers_for(district)
