"""What the generated OpenAPI document cannot say by itself, added once the app is built.

Litestar derives the schemas and operations from the handlers; two facts of the contract need
saying explicitly: which request bodies refuse unknown fields, and how operations link (a
created compound can be read, updated, planned), which SDKs and stateful tests follow.
"""

import msgspec
from litestar import Litestar
from litestar.openapi.spec import Link, OpenAPI, Operation, Schema


def _closed_structs(info: msgspec.inspect.Type, found: set[str]) -> None:
    """Names of the request structs that refuse unknown fields, nested ones included."""
    if isinstance(info, msgspec.inspect.Metadata):
        _closed_structs(info.type, found)
    elif isinstance(info, msgspec.inspect.StructType):
        if info.forbid_unknown_fields and info.cls.__name__ not in found:
            found.add(info.cls.__name__)
            for field in info.fields:
                _closed_structs(field.type, found)
    elif isinstance(info, msgspec.inspect.UnionType):
        for member in info.types:
            _closed_structs(member, found)
    elif isinstance(info, msgspec.inspect.ListType):
        _closed_structs(info.item_type, found)


def _declare_closed_schemas(app: Litestar, document: OpenAPI) -> None:
    """Say ``additionalProperties: false`` in the contract where the API refuses unknown fields,
    so that clients and contract tests know it."""
    names: set[str] = set()
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if (field := handler.parsed_data_field) is not None:
                _closed_structs(msgspec.inspect.type_info(field.annotation), names)
    schemas = document.components.schemas or {}
    for name in names:
        schema = schemas[name]
        assert isinstance(schema, Schema)
        schema.additional_properties = False


_PROGRAMME = "$request.path.programme"
_COMPOUND = {"programme": _PROGRAMME, "code": "$response.body#/code"}
_PLAN = {"programme": _PROGRAMME, "code": "$request.path.code"}
_PROGRAMME_CREATED = {"programme": "$response.body#/code"}

# operation id → (status, {link name: (target operation id, parameters, description)})
LINKS: dict[str, tuple[str, dict[str, tuple[str, dict[str, str], str]]]] = {
    "createCompound": (
        "201",
        {
            "GetCompound": ("getCompound", _COMPOUND, "Read the compound just created."),
            "ReplaceCompound": ("replaceCompound", _COMPOUND, "Update the compound."),
            "DeleteCompound": ("deleteCompound", _COMPOUND, "Remove the compound."),
            "CreatePlan": ("createPlan", _COMPOUND, "Give the compound its plan."),
        },
    ),
    "getCompound": (
        "200",
        {"CreatePlan": ("createPlan", _COMPOUND, "Give the compound its plan.")},
    ),
    "createPlan": (
        "201",
        {
            "GetPlan": ("getPlan", _PLAN, "Read the plan just created."),
            "ReplacePlan": ("replacePlan", _PLAN, "Update the plan."),
            "DeletePlan": ("deletePlan", _PLAN, "Delete the plan."),
            "GetCoverage": ("getCoverage", {"programme": _PROGRAMME}, "Coverage, with the plan."),
            "GetTargetVsActual": (
                "getTargetVsActual",
                {"programme": _PROGRAMME},
                "The annual plan, with the plan.",
            ),
        },
    ),
    "loadProgramme": (
        "201",
        {
            "GetProgramme": ("getProgramme", _PROGRAMME_CREATED, "Read the loaded programme."),
            "ListCompounds": ("listCompounds", _PROGRAMME_CREATED, "Its compound register."),
            "GetSummary": ("getSummary", _PROGRAMME_CREATED, "Its summary report."),
        },
    ),
}


def _operations(document: OpenAPI) -> dict[str, Operation]:
    found = {}
    for item in (document.paths or {}).values():
        for method in ("get", "put", "post", "delete", "patch"):
            operation = getattr(item, method, None)
            if operation is not None and operation.operation_id:
                found[operation.operation_id] = operation
    return found


def _declare_links(document: OpenAPI) -> None:
    operations = _operations(document)
    for source, (status, links) in LINKS.items():
        response = (operations[source].responses or {})[status]
        response.links = {  # type: ignore[union-attr]
            name: Link(operation_id=target, parameters=dict(parameters), description=description)
            for name, (target, parameters, description) in links.items()
        }


def _order_headers(document: OpenAPI) -> None:
    """Litestar collects response headers in a set; sort them so the document is stable."""
    for operation in _operations(document).values():
        for response in (operation.responses or {}).values():
            headers = getattr(response, "headers", None)
            if headers:
                response.headers = dict(sorted(headers.items()))  # type: ignore[union-attr]


def complete_contract(app: Litestar) -> None:
    document = app.openapi_schema
    _declare_closed_schemas(app, document)
    _declare_links(document)
    _order_headers(document)
