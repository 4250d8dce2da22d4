"""What the generated OpenAPI document cannot say by itself, added on its first use.

Litestar derives the schemas and operations from the handlers; two facts of the contract need
saying explicitly: which request bodies refuse unknown fields, and how operations link (a
created compound can be read, updated, planned), which SDKs and stateful tests follow.
"""

import dataclasses
import re
import typing
import uuid
from collections.abc import Iterator
from typing import Any

import msgspec
from litestar import Litestar, Request
from litestar.openapi.plugins import JsonRenderPlugin, OpenAPIRenderPlugin, SwaggerRenderPlugin
from litestar.openapi.spec import (
    Components,
    Example,
    Link,
    OpenAPI,
    OpenAPIFormat,
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIType,
    Operation,
    Parameter,
    RequestBody,
    Schema,
    SecurityScheme,
)

import renovation_core as core
from renovation_api import idempotency, story
from renovation_api.credentials import KEY_HEADER
from renovation_api.fields import INT32
from renovation_api.guards import PERMISSION
from renovation_api.problems import Problem
from renovation_api.routes.common import EVERY_RESPONSE, HEADER_SCHEMAS, RETRY_AFTER
from renovation_api.services import events
from renovation_api.settings import DEFAULT_IMPORT_MAX_BYTES
from renovation_api.workbook import XLSX
from renovation_core.dataset import Dataset
from renovation_core.file_schema import file_schema


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


_PROGRAMME = "/v1/programmes/{programme}"
_COMPOUND = f"{_PROGRAMME}/compounds/{{code}}"
# What each create makes: where the new resource lives, and which field of the created body
# names each part of that path the request did not (a path's other parts come from the request).
CREATED: dict[str, tuple[str, dict[str, str]]] = {
    "loadProgramme": (_PROGRAMME, {"programme": "code"}),
    "createCompound": (_COMPOUND, {"code": "code"}),
    "importCompounds": (f"{_PROGRAMME}/imports/{{number}}", {"number": "id"}),
    "createPlanProposal": (f"{_PROGRAMME}/plan-proposals/{{number}}", {"number": "id"}),
    "createPlan": (f"{_COMPOUND}/plan", {}),
    "createProject": (f"{_COMPOUND}/projects/{{year}}", {"year": "year"}),
    "createFunding": (f"{_COMPOUND}/funding", {}),
    "postPayment": (f"{_COMPOUND}/funding/ledger/{{number}}", {"number": "number"}),
    "openConsentVote": (f"{_COMPOUND}/consent-votes/{{number}}", {"number": "number"}),
    "openMenu": (f"{_COMPOUND}/menu", {}),
    "nominateDemonstration": (f"{_COMPOUND}/nomination", {}),
    "createTenderPackage": (f"{_PROGRAMME}/tender-packages/{{package}}", {"package": "code"}),
    "createSurvey": (f"{_PROGRAMME}/surveys/{{survey}}", {"survey": "code"}),
    "submitMonthlyReport": (
        f"{_PROGRAMME}/monthly-reports/{{month}}/{{district}}",
        {"month": "month", "district": "district"},
    ),
    "createContract": (
        f"{_PROGRAMME}/contracts/{{year}}/{{district}}",
        {"year": "year", "district": "district"},
    ),
    "createPairing": (f"{_PROGRAMME}/pairings/{{pairing}}", {"pairing": "id"}),
    "createAssessment": (f"{_PROGRAMME}/assessments/{{year}}", {"year": "year"}),
    "addProvince": ("/v1/regions/{code}", {"code": "code"}),
    "declareFigures": (
        "/v1/regions/{code}/declarations/{month}",
        {"code": "region", "month": "month"},
    ),
}
_PARAMETER = re.compile(r"{(\w+)}")


def _operations(document: OpenAPI) -> dict[str, Operation]:
    found = {}
    for item in (document.paths or {}).values():
        for method in ("get", "put", "post", "delete", "patch"):
            operation = getattr(item, method, None)
            if operation is not None and operation.operation_id:
                found[operation.operation_id] = operation
    return found


def _links_from(source: str, document: OpenAPI) -> dict[str, Link]:
    """Links from a create to every operation on what it made, or under it, whose path it can
    fill: from the request's own path, or from the created body."""
    operations = _operations(document)
    where, named = CREATED[source]
    source_path = next(
        p for p, item in (document.paths or {}).items() if item.post is operations[source]
    )
    own = set(_PARAMETER.findall(source_path))
    links = {}
    for path, item in (document.paths or {}).items():
        if path != where and not path.startswith(f"{where}/"):
            continue
        wanted = _PARAMETER.findall(path)
        if not all(name in own or name in named for name in wanted):
            continue
        for method in ("get", "put", "post", "delete"):
            target = getattr(item, method)
            # A create's caller follows with its credential; a tool sends none where the spec
            # says none is needed, and published data answers what anyone may see.
            if target is None or target is operations[source] or target.security == []:
                continue
            parameters = {
                name: f"$response.body#/{named[name]}" if name in named else f"$request.path.{name}"
                for name in wanted
            }
            links[target.operation_id[0].upper() + target.operation_id[1:]] = Link(
                operation_id=target.operation_id,
                parameters=parameters,
                description=target.summary,
            )
    return links


def _declare_links(document: OpenAPI) -> None:
    """Each create links to the reads and commands of what it made (SDKs and stateful contract
    tools follow them)."""
    operations = _operations(document)
    for source in CREATED:
        responses = operations[source].responses or {}
        response = responses.get("201") or responses["202"]
        response.links = _links_from(source, document)  # type: ignore[union-attr]


SECURITY_SCHEMES = {
    "apiKey": SecurityScheme(
        type="apiKey",
        name=KEY_HEADER,
        security_scheme_in="header",
        description="An integrating system's API key (rnv_…), issued with "
        "`renovation keys create`; its role and districts or streets decide what it may do.",
    ),
    "bearer": SecurityScheme(
        type="http",
        scheme="bearer",
        bearer_format="JWT",
        description="A person's token (JWT) from the city's identity provider, verified as "
        "RFC8725 (JSON Web Token Best Current Practices) asks: an asymmetric algorithm from a "
        "fixed list, the provider's keys, issuer, audience and expiry. Claims: sub, role, and "
        "districts, streets, organisation, region or a resident's compound (<programme>/"
        "<compound>) as the role needs.",
    ),
}
_CREDENTIALS: list[dict[str, list[str]]] = [{"apiKey": []}, {"bearer": []}]


def _declare_security(app: Litestar, document: OpenAPI) -> None:
    """Say which credentials each operation takes: published data is open to anyone,
    everything else needs one."""
    document.components = document.components or Components()
    document.components.security_schemes = dict(SECURITY_SCHEMES)
    operations = _operations(document)
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            operation = operations.get(getattr(handler, "operation_id", None) or "")
            if operation is None:
                continue
            # Published data takes no credential ([]: none needed; one sent is still checked, and
            # may show more: a resident's brief, staff's unpublished surveys).
            public = core.PUBLIC.may(handler.opt[PERMISSION])
            operation.security = [] if public else list(_CREDENTIALS)


def _declare_every_response_headers(document: OpenAPI) -> None:
    """Headers every answer carries, errors included (request id, rate limit, CORS), and the
    Retry-After of a 429 or 503."""
    for operation in _operations(document).values():
        for status, response in (operation.responses or {}).items():
            extra = [*EVERY_RESPONSE, *([RETRY_AFTER] if status in ("429", "503") else [])]
            response.headers = {  # type: ignore[union-attr]
                **(getattr(response, "headers", None) or {}),
                **{h.name: OpenAPIHeader(description=h.description) for h in extra},
            }


def _complete_headers(document: OpenAPI) -> None:
    """Give each response header the schema of its value, and sort them: Litestar leaves the
    schema out and collects headers in a set."""
    for operation in _operations(document).values():
        for response in (operation.responses or {}).values():
            headers = getattr(response, "headers", None)
            if headers:
                for name, header in headers.items():
                    header.schema = HEADER_SCHEMAS[name]
                response.headers = dict(sorted(headers.items()))  # type: ignore[union-attr]


# msgspec's JSON Schema keywords and Litestar's Schema attributes for the same constraints.
_CONSTRAINTS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
}


def _structs(annotation: Any, found: set[type]) -> None:
    """Every msgspec struct an annotation names, at any depth (``Response[list[X]]``)."""
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        found.add(annotation)
    for argument in typing.get_args(annotation):
        _structs(argument, found)


def _value(schema: Any) -> Any:
    """The value branch of an optional (``X | None``) schema, or the schema itself."""
    members = schema.get("anyOf") if isinstance(schema, dict) else schema.one_of
    if not members:
        return schema
    values = [m for m in members if not _is_null(m)]
    return values[0] if len(values) == 1 else None


def _is_null(member: object) -> bool:
    if isinstance(member, dict):
        return member.get("type") == "null"
    return isinstance(member, Schema) and member.type == OpenAPIType.NULL


def _copy_constraints(source: dict[str, Any], target: Schema) -> None:
    """Put msgspec's constraints on the value branch, where generators and linters read them,
    and off the ``oneOf`` wrapper where Litestar writes some of them."""
    value, branch = _value(source), _value(target)
    if not isinstance(value, dict) or not isinstance(branch, Schema) or "$ref" in value:
        return
    for keyword, attribute in _CONSTRAINTS.items():
        if keyword in value:
            setattr(branch, attribute, value[keyword])
            if branch is not target:
                setattr(target, attribute, None)
    if isinstance(value.get("items"), dict) and isinstance(branch.items, Schema):
        _copy_constraints(value["items"], branch.items)


def _declare_constraints(app: Litestar, document: OpenAPI) -> None:
    """Litestar drops some constraints that msgspec enforces (on list items, on optional
    values, a minimum of 0); state them all as msgspec, which validates, sees them."""
    structs: set[type] = {Problem}
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if (field := handler.parsed_data_field) is not None:
                _structs(field.annotation, structs)
            _structs(handler.parsed_fn_signature.return_type.annotation, structs)
    _, components = msgspec.json.schema_components(
        sorted(structs, key=lambda t: t.__name__), ref_template="#/components/schemas/{name}"
    )
    schemas = document.components.schemas or {}
    for name, source in components.items():
        target = schemas.get(name)
        if isinstance(target, Schema):
            for key, prop in (source.get("properties") or {}).items():
                if isinstance(found := (target.properties or {}).get(key), Schema):
                    _copy_constraints(prop, found)


def _state_sizes(schema: Schema) -> None:
    """Say the size of integers (int32 or int64, from their bounds) and of dates, so clients
    can pick a type and a buffer without guessing."""
    if schema.type == OpenAPIType.INTEGER and schema.format is None:
        bounds = (schema.minimum, schema.maximum)
        fits = all(b is not None and -INT32 - 1 <= b <= INT32 for b in bounds)
        schema.format = "int32" if fits else "int64"  # type: ignore[assignment]
    if schema.format == OpenAPIFormat.DATE and schema.max_length is None:
        schema.max_length = len("YYYY-MM-DD")
    if schema.format == OpenAPIFormat.DATE_TIME and schema.max_length is None:
        schema.max_length = len("YYYY-MM-DDThh:mm:ss.ffffff+hh:mm")


# The largest file a route answers with (an XLSX export of a whole programme is far smaller).
MAX_FILE_BYTES = 64 * 2**20


def _declare_files(document: OpenAPI) -> None:
    """A file a route answers with (an XLSX workbook) is binary, and bounded."""
    for operation in _operations(document).values():
        for response in (operation.responses or {}).values():
            for media_type, content in (getattr(response, "content", None) or {}).items():
                schema = content.schema
                binary = isinstance(schema, Schema) and schema.type == OpenAPIType.STRING
                if binary and "json" not in media_type:
                    schema.format = OpenAPIFormat.BINARY
                    schema.max_length = MAX_FILE_BYTES


# Operations whose body is a file read as a stream (so Litestar does not see it), and its types.
UPLOADS = {"importCompounds": ("text/csv", XLSX, "application/octet-stream")}


def _declare_uploads(document: OpenAPI) -> None:
    """An inventory upload's body: the file itself, CSV or XLSX, up to the default limit."""
    for operation_id, media_types in UPLOADS.items():
        operation = _operations(document)[operation_id]
        file = Schema(
            type=OpenAPIType.STRING,
            format=OpenAPIFormat.BINARY,
            max_length=DEFAULT_IMPORT_MAX_BYTES,
            description="The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).",
        )
        operation.request_body = RequestBody(
            required=True,
            description="The inventory file: CSV (UTF-8 or GB18030) or XLSX.",
            content={media_type: OpenAPIMediaType(schema=file) for media_type in media_types},
        )


def _constrain_parameters(document: OpenAPI) -> None:
    """Litestar writes an optional parameter as a ``oneOf`` of its value and null (a query
    value ``null`` reads as absent) with the constraints beside it: put them on the value."""
    for operation in _operations(document).values():
        for parameter in operation.parameters or ():
            schema = getattr(parameter, "schema", None)
            value = _value(schema) if isinstance(schema, Schema) else None
            if isinstance(value, Schema) and value is not schema:
                for attribute in (*_CONSTRAINTS.values(), "format"):
                    if getattr(value, attribute) is None:
                        setattr(value, attribute, getattr(schema, attribute))
                    setattr(schema, attribute, None)


def _schemas(node: object) -> Iterator[Schema]:
    """Every schema object in a part of the document, nested ones included."""
    if isinstance(node, Schema):
        yield node
    if isinstance(node, (list, tuple)):
        for member in node:
            yield from _schemas(member)
    elif isinstance(node, dict):
        for member in node.values():
            yield from _schemas(member)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for field in dataclasses.fields(node):
            yield from _schemas(getattr(node, field.name))


def _declare_examples(document: OpenAPI) -> None:
    """Every parameter and body its example from the worked example (:mod:`renovation_api.story`);
    an operation taken several times there has as many examples, in order, named alike across
    its parameters and body so that tools pair them."""
    operations = _operations(document)
    for operation_id, steps in story.by_operation().items():
        operation = operations[operation_id]
        names = ["wuhai"] if len(steps) == 1 else [f"wuhai-{n}" for n in range(1, len(steps) + 1)]
        for parameter in operation.parameters or ():
            if isinstance(parameter, Parameter) and parameter.name == idempotency.HEADER:
                # A key of each step's own: a key sent again with another body is refused.
                parameter.examples = {
                    name: Example(
                        value=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{operation_id}/{name}"))
                    )
                    for name in names
                }
            elif isinstance(parameter, Parameter) and parameter.name in steps[0].parameters:
                parameter.examples = {
                    name: Example(value=step.parameters[parameter.name])
                    for name, step in zip(names, steps, strict=True)
                }
        body = operation.request_body
        if isinstance(body, RequestBody) and steps[0].body is not None:
            media_type = "text/csv" if isinstance(steps[0].body, str) else "application/json"
            body.content[media_type].examples = {
                name: Example(value=step.body) for name, step in zip(names, steps, strict=True)
            }


def _with_programme_file(document: dict[str, Any]) -> dict[str, Any]:
    """The programme file's whole schema as ``loadProgramme``'s body, read off the classes the
    loader structures it into (:mod:`renovation_core.file_schema`)."""
    schemas = file_schema(Dataset, "ProgrammeFile")
    document["components"]["schemas"] = {**document["components"]["schemas"], **schemas}
    body = document["paths"]["/v1/programmes"]["post"]["requestBody"]["content"]
    body["application/json"]["schema"] = {"$ref": "#/components/schemas/ProgrammeFile"}
    return document


def _resource_schemas(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each kind of resource the feed tells of, and the schema its GET answers with."""
    found: dict[str, dict[str, Any]] = {}
    schemas = document["components"]["schemas"]
    for path, item in document["paths"].items():
        answer = item.get("get", {}).get("responses", {}).get("200", {})
        ref = answer.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
        kind = events.kind_of(re.sub(r"\{[^}]+\}", "1", path))
        if ref and kind and kind[0].name not in found:
            found[kind[0].name] = schemas[ref.rsplit("/", 1)[-1]]
    return found


def _event_data(kind: events.Kind, resource: dict[str, Any] | None) -> dict[str, Any]:
    """The schema of a kind's payload: its fields as its resource shows them, and which
    fields the write changed."""
    shown = (resource or {}).get("properties", {})
    fields = {
        name: {"oneOf": [shown[name], {"type": "null"}]}
        if name in shown
        else {"description": f"The {kind.name}'s {name}, as it shows it."}
        for name in kind.fields
    }
    changed = {
        "type": "array",
        "maxItems": 100,
        "items": {"type": "string", "maxLength": 64, "pattern": "^[a-z0-9_]+$"},
        "description": "The resource's fields the write changed (all of them when it was made "
        "or removed).",
    }
    return {
        "type": "object",
        "description": f"What changed: {kind.description}.",
        "properties": {**fields, "changed": changed},
        "required": ["changed"],
    }


_EXTRA_DATA: dict[str, dict[str, Any]] = {
    "project.stage_changed": {
        "previous_stage": {"$ref": "#/components/schemas/Stage", "description": "The stage left."}
    },
    events.HANDED_OVER: {
        "handover": {"$ref": "#/components/schemas/HandoverBody", "description": "The handover."}
    },
}


def _with_webhooks(document: dict[str, Any]) -> dict[str, Any]:
    """What a subscriber receives (OpenAPI 3.1 ``webhooks``): per event type, the envelope of
    ``GET /v1/events`` with its type fixed and its payload's schema, and the Standard Webhooks
    headers that sign it."""
    schemas = document["components"]["schemas"]
    resources = _resource_schemas(document)
    signed = [
        (
            "webhook-id",
            "The event's id (evt_<id>): the same on every attempt; drop one already seen.",
            "^evt_[0-9]+$",
        ),
        ("webhook-timestamp", "When this attempt was signed, in Unix seconds.", "^[0-9]+$"),
        (
            "webhook-signature",
            "v1,<base64 HMAC-SHA256 of id.timestamp.body>, space-separated when a rotated "
            "secret still signs beside the new one.",
            "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$",
        ),
    ]
    hooks: dict[str, Any] = {}
    for kind in events.KINDS:
        schemas[f"{_pascal(kind.name)}EventData"] = _event_data(kind, resources.get(kind.name))
    for name, label, permission, what in events.describe():
        data: dict[str, Any] = {
            "$ref": f"#/components/schemas/{_pascal(events.TYPES[name].name)}EventData"
        }
        if name in _EXTRA_DATA:
            data = {"allOf": [data, {"type": "object", "properties": _EXTRA_DATA[name]}]}
        envelope = {
            "allOf": [
                {"$ref": "#/components/schemas/Event"},
                {"type": "object", "properties": {"type": {"const": name}, "data": data}},
            ]
        }
        hooks[name] = {
            "post": {
                "operationId": f"on{_pascal(name.replace('.', '_'))}",
                "summary": f"{name} ({label})",
                "description": f"{what[0].upper()}{what[1:]}. Sent to subscriptions whose owner "
                f"may {permission.value.replace('_', ' ')}. Answer 2xx within the timeout; "
                "anything else, a redirect too, is retried with backoff.",
                "tags": ["webhooks"],
                # The server calls the receiver: no API key; the signature authenticates it.
                "security": [],
                "parameters": [
                    {
                        "name": header,
                        "in": "header",
                        "required": True,
                        "description": description,
                        "schema": {"type": "string", "maxLength": 200, "pattern": pattern},
                    }
                    for header, description, pattern in signed
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": envelope}},
                },
                "responses": {"2XX": {"description": "Received; it is not sent again."}},
            }
        }
    document["webhooks"] = hooks
    return document


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _in_story_order(document: dict[str, Any]) -> dict[str, Any]:
    """The paths, and the operations of each, in the worked example's order (the rest after):
    read top to bottom, the contract tells the programme's story, and a tool that sends each
    example in turn finds what it needs already made."""
    rank = {operation_id: n for n, operation_id in enumerate(story.by_operation())}
    last = len(rank)

    def order(operation: Any) -> int:
        return (
            rank.get(operation.get("operationId", ""), last)
            if isinstance(operation, dict)
            else last
        )

    paths = {
        path: dict(sorted(item.items(), key=lambda entry: order(entry[1])))
        for path, item in document["paths"].items()
    }
    document["paths"] = dict(
        sorted(paths.items(), key=lambda entry: min(map(order, entry[1].values()), default=last))
    )
    return document


def contract(app: Litestar) -> OpenAPI:
    """The app's whole contract. Built on first use, not with the app: it takes seconds, which
    an app started for one test, or a command, need not pay (``app_from_env`` builds it before
    serving)."""
    document = app.openapi_schema
    if app.state.get(_COMPLETE) is not document:
        _complete(app, document)
        app.state[_COMPLETE] = document
    return document


def contract_json(app: Litestar) -> dict[str, Any]:
    """The contract as JSON-ready builtins, made once per app."""
    if (built := app.state.get(_JSON)) is None:
        document = _with_webhooks(_with_programme_file(contract(app).to_schema()))
        built = app.state[_JSON] = _in_story_order(document)
    return built


class Rendered(OpenAPIRenderPlugin):
    """Serves the whole contract instead of Litestar's draft of it (mixed into each page)."""

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return super().render(request, contract_json(request.app))  # type: ignore[safe-super]


class ContractJson(Rendered, JsonRenderPlugin):
    """``/docs/openapi.json``."""


class ContractSwagger(Rendered, SwaggerRenderPlugin):
    """``/docs``: Swagger UI over the contract."""


_COMPLETE = "contract"
_JSON = "contract_json"


def _complete(app: Litestar, document: OpenAPI) -> None:
    _declare_closed_schemas(app, document)
    _declare_security(app, document)
    _declare_links(document)
    _declare_every_response_headers(document)
    _complete_headers(document)
    _declare_constraints(app, document)
    _constrain_parameters(document)
    _declare_files(document)
    _declare_uploads(document)
    _declare_examples(document)
    for schema in _schemas(document):
        _state_sizes(schema)
