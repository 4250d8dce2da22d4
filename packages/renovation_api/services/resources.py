"""How the audit log names the records it tells of: by the address the API serves them at, so
an auditor can read the record an event is about."""


def programme(code: str) -> str:
    return f"/v1/programmes/{code}"


def compound(programme_code: str, code: str) -> str:
    return f"{programme(programme_code)}/compounds/{code}"


def plan(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/plan"


def project(programme_code: str, code: str, year: int) -> str:
    return f"{compound(programme_code, code)}/projects/{year}"


def package(programme_code: str, code: str) -> str:
    return f"{programme(programme_code)}/tender-packages/{code}"


def funding(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/funding"


def ledger_entry(programme_code: str, code: str, number: int) -> str:
    return f"{funding(programme_code, code)}/ledger/{number}"


def aftercare(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/aftercare"


def nomination(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/nomination"


def contract(programme_code: str, year: int, district: str) -> str:
    return f"{programme(programme_code)}/contracts/{year}/{district}"


def pairing(programme_code: str, number: int) -> str:
    return f"{programme(programme_code)}/pairings/{number}"


def assessment(programme_code: str, year: int) -> str:
    return f"{programme(programme_code)}/assessments/{year}"


def monthly_report(programme_code: str, month: str, district: str) -> str:
    return f"{programme(programme_code)}/monthly-reports/{month}/{district}"


def households(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/households"


def committee(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/committee"


def vote(programme_code: str, code: str, number: int) -> str:
    return f"{compound(programme_code, code)}/consent-votes/{number}"


def menu(programme_code: str, code: str) -> str:
    return f"{compound(programme_code, code)}/menu"


def survey(programme_code: str, code: str) -> str:
    return f"{programme(programme_code)}/surveys/{code}"


def responses(programme_code: str, code: str) -> str:
    return f"{survey(programme_code, code)}/responses"


def region(code: str) -> str:
    return f"/v1/regions/{code}"


def declaration(region_code: str, month: str) -> str:
    return f"{region(region_code)}/declarations/{month}"
