"""How the audit log names the records it tells of: by the address the API serves them at, so
an auditor can read the record an event is about."""


def programme(code: str) -> str:
    return f"/v1/programmes/{code}"


def compound(programme_code: str, code: str) -> str:
    return f"{programme(programme_code)}/compounds/{code}"


def project(programme_code: str, code: str, year: int) -> str:
    return f"{compound(programme_code, code)}/projects/{year}"


def package(programme_code: str, code: str) -> str:
    return f"{programme(programme_code)}/tender-packages/{code}"
