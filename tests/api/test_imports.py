"""Bulk imports of compound inventories over the API: 202 and a status resource, every bad row
named by its number, column and reason, all or nothing by default, idempotent by compound code;
bad files refused at once, changing nothing."""

import asyncio
import csv
import datetime
import hashlib
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from litestar.testing import TestClient
from openpyxl import Workbook, load_workbook

from renovation_api.imports import ImportMode, import_compounds
from renovation_api.settings import DEFAULT_IMPORT_MAX_ROWS
from renovation_api.sheets import Limits
from renovation_api.storage import imports as held
from renovation_api.storage import programmes, tables
from renovation_api.storage.engine import open_database
from tests.api.conftest import WUHAI, audit_events, problem, settings, state
from tests.api.delivery_steps import ok
from tests.api.test_access import COMPOUNDS, call, compound_fields

IMPORTS = f"{WUHAI}/imports"
CSV = {"Content-Type": "text/csv"}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER = [
    "小区编码",
    "小区名称",
    "区县代码",
    "街道代码",
    "建成年份",
    "楼栋数",
    "户数",
    "建筑面积（平方米）",
    "产权性质",
    "基础设施状况",
    "管理状况",
    "安全隐患状况",
    "评估日期",
    "改造年度",
    "改造内容",
    "预计投资",
    "备注",
]


def row(n: int, **change: Any) -> list[Any]:
    """A valid row of a Haibowan compound: full-width digits, grouped thousands and the three
    date formats are all read as an office types them."""
    dates = ("2021-09-11", "2021/9/11", "2021年9月11日")
    values = {
        "小区编码": f"IMP-{n:04d}",
        "小区名称": f"导入小区{n}",
        "区县代码": "150302",
        "街道代码": "150302001000",
        "建成年份": "１９９５",
        "楼栋数": "6",
        "户数": "1,20" + str(n % 10),
        "建筑面积（平方米）": "8000.50",
        "产权性质": "房改房",
        "基础设施状况": "较差",
        "管理状况": "一般",
        "安全隐患状况": "poor",
        "评估日期": dates[n % 3],
        "改造年度": "2023",
        "改造内容": "供水、drainage",
        "预计投资": "1200000.00",
        "备注": "台账备注",
    } | change
    return [values[h] for h in HEADER]


def csv_bytes(rows: list[list[Any]], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


CHANGES = f"{IMPORTS}/changes"


def upload(client: TestClient[Any], content: bytes, **params: Any) -> dict[str, Any]:
    """Send the file; the import has run once the answer is back (it runs after the 202)."""
    sent = client.post(IMPORTS, content=content, headers=CSV, params=params)
    accepted = ok(sent, 202)
    assert sent.headers["location"] == f"{IMPORTS}/{accepted['id']}"
    return ok(client.get(sent.headers["location"]))


def test_an_import_is_audited_once_with_its_changes_row_by_row_beside(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    first = csv_bytes([HEADER, row(1), row(2)])
    done = upload(client, first, filename="台账.csv")
    assert done["sha256"] == hashlib.sha256(first).hexdigest()
    changed = csv_bytes([HEADER, row(1), row(2, 小区名称="更名小区", 户数="1,300")])
    again = upload(client, changed)
    # One audit event per import: who, the file's hash and the counts; none per compound.
    location = f"{IMPORTS}/{again['id']}"
    [event] = audit_events(client, keys["city_admin"], resource=location)
    assert (event["action"], event["after"]["sha256"], event["after"]["updated"]) == (
        "import",
        hashlib.sha256(changed).hexdigest(),
        1,
    )
    assert audit_events(client, keys["city_admin"], resource=f"{WUHAI}/compounds/IMP-0002") == []
    # Beside it, what each row wrote: created whole, replaced as the fields that changed.
    listed = ok(call(client, keys, "auditor", "GET", CHANGES, params={"compound": "IMP-0002"}))
    created, plan, replaced = listed["items"]
    assert (created["import"], created["row"], created["action"]) == (done["id"], 3, "create")
    assert created["after"]["floor_area_m2"] == "8000.50"
    assert created["after"]["condition"]["safety"] == "poor"
    assert plan["after"]["year"] == 2023
    assert (replaced["import"], replaced["action"], replaced["submitted_by"]) == (
        again["id"],
        "replace",
        done["submitted_by"],
    )
    assert (replaced["before"], replaced["after"]) == (
        {"name": "导入小区2", "households": 1202},
        {"name": "更名小区", "households": 1300},
    )
    # By import, page by page; for the auditor and the city, not a district's officer.
    of_first = ok(client.get(CHANGES, params={"import_number": done["id"], "page_size": 3}))
    assert [c["row"] for c in of_first["items"]] == [2, 2, 3]
    rest = ok(
        client.get(
            CHANGES,
            params={"cursor": of_first["next_cursor"], "import_number": done["id"], "page_size": 3},
        )
    )
    assert ([c["row"] for c in rest["items"]], rest["next_cursor"]) == ([3], None)
    problem(call(client, keys, "haibowan_officer", "GET", CHANGES), 403, "forbidden")


def test_an_inventory_is_imported_and_a_second_import_changes_nothing(
    client: TestClient[Any],
) -> None:
    content = csv_bytes([HEADER, *(row(n) for n in range(1, 31))], encoding="gb18030")
    done = upload(client, content, filename="海勃湾区台账.csv")
    assert (done["status"], done["mode"], done["filename"]) == (
        "done",
        "all_or_nothing",
        "海勃湾区台账.csv",
    )
    # RFC 3339 wants the zone, and SQLite keeps none: every stored moment is UTC.
    assert datetime.datetime.fromisoformat(done["submitted_at"]).utcoffset() == datetime.timedelta(
        0
    )
    report = done["report"]
    assert (report["rows"], report["inserted"], report["plans_added"], report["rejected"]) == (
        30,
        30,
        30,
        0,
    )
    assert report["ignored_columns"] == ["备注"]
    compound = ok(client.get(f"{WUHAI}/compounds/IMP-0002"))
    assert (compound["built_year"], compound["households"], compound["floor_area_m2"]) == (
        1995,
        1202,
        "8000.50",
    )
    assert compound["condition"]["assessed_on"] == "2021-09-11"
    plan = ok(client.get(f"{WUHAI}/compounds/IMP-0002/plan"))
    assert (plan["year"], [i["code"] for i in plan["items"]]) == (
        2023,
        ["water_supply", "drainage"],
    )

    again = upload(client, content)["report"]
    assert (again["inserted"], again["updated"], again["unchanged"], again["plans_added"]) == (
        0,
        0,
        30,
        0,
    )
    renamed = upload(client, csv_bytes([HEADER, row(1, 小区名称="导入小区一")]))["report"]
    assert (renamed["updated"], renamed["unchanged"]) == (1, 0)
    other_plan = upload(client, csv_bytes([HEADER, row(2, 改造年度="2024")]))["report"]
    assert other_plan["written"] is False
    assert "another plan on record" in other_plan["problems"][0]["message"]


def test_all_or_nothing_reports_every_bad_row_and_imports_none(client: TestClient[Any]) -> None:
    before = state(client)
    rows = [
        HEADER,
        row(1),
        row(2, 楼栋数="六"),
        row(3, 区县代码="150399"),
        row(4, 评估日期="11/09/2021"),
        row(1, 小区名称="重复"),
        row(5, **{"建筑面积（平方米）": "=H2*2"}),
        row(6, 改造内容="供水、雕塑"),
    ]
    report = upload(client, csv_bytes(rows))["report"]
    assert (report["rows"], report["rejected"], report["written"], report["inserted"]) == (
        7,
        6,
        False,
        0,
    )
    found = {(p["row"], p["column"]): p["message"] for p in report["problems"]}
    assert found[3, "楼栋数"] == "a whole number, not '六'"
    assert found[4, "区县代码"].startswith("unknown district '150399'")
    assert found[5, "评估日期"].startswith("a date (2022-05-01, 2022/5/1 or 2022年5月1日)")
    assert found[6, "小区编码"] == "compound IMP-0001 is also on row 2"
    assert found[7, "建筑面积（平方米）"].startswith("a formula, not a value")
    assert found[8, "改造内容"] == "'雕塑' is not an item of the catalogue"
    assert state(client) == before
    problem(client.get(f"{WUHAI}/compounds/IMP-0001"), 404, "not-found")

    partial = upload(client, csv_bytes(rows), mode="valid_rows")["report"]
    assert (partial["written"], partial["inserted"], partial["rejected"]) == (True, 1, 6)
    ok(client.get(f"{WUHAI}/compounds/IMP-0001"))


def test_an_xlsx_with_english_headers_spreadsheet_dates_and_formulas(
    client: TestClient[Any],
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "code",
            "name",
            "district",
            "street",
            "built_year",
            "buildings",
            "households",
            "floor_area_m2",
            "property_type",
            "infrastructure",
            "management",
            "safety",
            "assessed_on",
        ]
    )
    sheet.append(
        [
            "XL-1",
            "表格小区",
            "150302",
            "150302001000",
            1990,
            4,
            80,
            5200.25,
            "commodity",
            "poor",
            "poor",
            "critical",
            datetime.datetime(2021, 5, 6),
        ]
    )
    sheet.append(
        [
            "XL-2",
            "公式小区",
            "150302",
            "150302001000",
            1990,
            "=E2+1",
            80,
            5200.25,
            "commodity",
            None,
            None,
            None,
            None,
        ]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    sent = client.post(IMPORTS, content=buffer.getvalue(), headers={"Content-Type": XLSX_TYPE})
    assert sent.status_code == 202, sent.text
    done = ok(client.get(sent.headers["location"]))
    report = done["report"]
    assert report["rejected"] == 1
    assert report["problems"] == [
        {
            "row": 3,
            "column": "buildings",
            "message": "a formula, not a value: enter the value itself",
        }
    ]
    again = upload_valid_rows_xlsx(client, buffer.getvalue())
    assert again["inserted"] == 1
    compound = ok(client.get(f"{WUHAI}/compounds/XL-1"))
    assert (compound["floor_area_m2"], compound["condition"]["assessed_on"]) == (
        "5200.25",
        "2021-05-06",
    )


def upload_valid_rows_xlsx(client: TestClient[Any], content: bytes) -> dict[str, Any]:
    sent = client.post(
        IMPORTS,
        content=content,
        headers={"Content-Type": XLSX_TYPE},
        params={"mode": "valid_rows"},
    )
    return ok(client.get(sent.headers["location"]))["report"]  # type: ignore[no-any-return]


def _hundred_megabytes() -> Iterator[bytes]:
    line = (",".join(["x"] * 16) + "\n").encode() * 32768  # 1 MiB
    for _ in range(100):
        yield line


@pytest.mark.parametrize(
    ("content", "headers", "status", "slug", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", CSV, 422, "not-a-spreadsheet", "neither CSV"),
        (b"PK\x03\x04not really a workbook", CSV, 422, "not-a-spreadsheet", "not an XLSX"),
        (b"", CSV, 422, "invalid-data", "the file is empty"),
        (b"\xef\xbb\xbf", CSV, 422, "invalid-data", "$: the file is empty: no header row"),
        (csv_bytes([HEADER]), CSV, 422, "invalid-data", "$: the file has no rows after its header"),
        (
            csv_bytes([[h for h in HEADER if h != "户数"], row(1)[:6]]),
            CSV,
            422,
            "invalid-data",
            "required column missing: households (户数)",
        ),
        (
            csv_bytes([HEADER, row(1)]),
            {"Content-Type": "application/json"},
            415,
            "unsupported-media-type",
            "text/csv",
        ),
    ],
)
def test_a_bad_file_is_refused_at_once(
    client: TestClient[Any],
    content: bytes,
    headers: dict[str, str],
    status: int,
    slug: str,
    says: str,
) -> None:
    before = state(client)
    refused = problem(client.post(IMPORTS, content=content, headers=headers), status, slug)
    assert says in refused["detail"] + "".join(e["message"] for e in refused.get("errors", []))
    assert "$: $:" not in refused["detail"]
    assert state(client) == before


def test_a_file_over_the_limit_is_refused(client: TestClient[Any]) -> None:
    """100 MB against the default limit of 50 MB: refused once the limit is passed."""
    sent = client.post(IMPORTS, content=_hundred_megabytes(), headers=CSV)
    refused = problem(sent, 413, "request-too-large")
    assert str(50 * 1024 * 1024) in refused["detail"]


def test_a_district_imports_its_own_compounds_only(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    content = csv_bytes([HEADER, row(1), row(2, 区县代码="150303", 街道代码="150303001000")])
    sent = call(
        client,
        keys,
        "haibowan_officer",
        "POST",
        IMPORTS,
        content=content,
        headers=CSV,
        params={"mode": "valid_rows"},
    )
    ok(sent, 202)
    location = sent.headers["location"]
    report = ok(call(client, keys, "haibowan_officer", "GET", location))["report"]
    assert (report["inserted"], report["rejected"]) == (1, 1)
    assert "outside your scope" in report["problems"][0]["message"]
    problem(call(client, keys, "xinhua_officer", "GET", location), 404, "not-found")
    ok(client.get(location))  # the city sees every import
    # Outside its region, the programme and its imports do not exist for a city-wide caller.
    problem(call(client, keys, "beijing_officer", "GET", location), 404, "not-found")


def test_the_register_exports_as_the_import_reads_it(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    # Names a spreadsheet would run as formulas: the CSV writes them after an apostrophe, and
    # the import takes such a cell for text, as the XLSX's text cells.
    for code, name, unit in (
        ("APOS-1", "+86号院", "@物业公司"),
        ("APOS-2", "-号楼", "-"),
        ("APOS-3", "=cmd|' /C calc'!A0", "=1+1"),
    ):
        fields = compound_fields("own") | {"code": code, "name": name}
        ok(client.post(COMPOUNDS, json=fields | {"original_property_unit": unit}), 201)
    exported = client.get(f"{WUHAI}/exports/compounds.csv")
    assert exported.status_code == 200, exported.text
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.content.startswith("\ufeff小区编码,小区名称".encode())
    lines = exported.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + 189  # the header and Wuhai's register
    assert "APOS-1,'+86号院," in exported.content.decode("utf-8-sig")
    report = upload(client, exported.content)["report"]
    counts = ("rows", "unchanged", "inserted", "updated", "rejected")
    assert [report[n] for n in counts] == [189, 189, 0, 0, 0], report["problems"]
    workbook = client.get(f"{WUHAI}/exports/compounds.xlsx").content
    sent = client.post(IMPORTS, content=workbook, headers={"Content-Type": XLSX_TYPE})
    ok(sent, 202)
    report = ok(client.get(sent.headers["location"]))["report"]
    assert [report[n] for n in counts] == [189, 189, 0, 0, 0], report["problems"]
    english = client.get(f"{WUHAI}/exports/compounds.xlsx", params={"language": "en"})
    assert english.status_code == 200, english.text
    book = load_workbook(io.BytesIO(english.content), read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("code", "name", "district")
    assert rows[1][0] == "150302-0001"
    assert len(rows) == 1 + 189
    own = call(client, keys, "xinhua_officer", "GET", f"{WUHAI}/exports/compounds.csv")
    streets = [line.split(",")[3] for line in own.content.decode("utf-8-sig").splitlines()[1:]]
    assert streets
    assert set(streets) == {"150302002000"}  # a street officer's street only
    one = client.get(f"{WUHAI}/exports/compounds.csv", params={"district": "150304"})
    assert {line.split(",")[2] for line in one.text.lstrip("\ufeff").splitlines()[1:]} == {"150304"}
    problem(
        client.get(f"{WUHAI}/exports/compounds.csv", params={"language": "fr"}),
        400,
        "invalid-request",
    )


def test_a_row_cannot_reach_a_compound_outside_the_importers_scope(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """A district officer naming another district's compound, even moved into their own
    district by the row, is refused: the compound on record is not theirs."""
    theirs = ok(client.get(f"{WUHAI}/compounds", params={"district": "150303", "page_size": 1}))
    code = theirs["items"][0]["code"]
    before = ok(client.get(f"{WUHAI}/compounds/{code}"))
    content = csv_bytes([HEADER, row(1, 小区编码=code, 改造年度="", 改造内容="", 预计投资="")])
    sent = call(client, keys, "haibowan_officer", "POST", IMPORTS, content=content, headers=CSV)
    ok(sent, 202)
    report = ok(call(client, keys, "haibowan_officer", "GET", sent.headers["location"]))["report"]
    assert (report["written"], report["rejected"], report["updated"]) == (False, 1, 0)
    assert "outside your scope" in report["problems"][0]["message"]
    assert ok(client.get(f"{WUHAI}/compounds/{code}")) == before


def test_names_are_kept_as_typed_and_labels_read_in_either_width(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    rows = [
        HEADER,
        row(1, 小区名称="团结小区（一期）Ⅱ", 改造内容="供水、新建（改建）物业用房"),
        row(2, 小区名称='=HYPERLINK("http://example.com")'),
    ]
    report = upload(client, csv_bytes(rows), mode="valid_rows")["report"]
    assert report["problems"] == [
        {
            "row": 3,
            "column": "小区名称",
            "message": "a formula, not a value: enter the value itself",
        }
    ]
    assert ok(client.get(f"{WUHAI}/compounds/IMP-0001"))["name"] == "团结小区（一期）Ⅱ"
    plan = ok(client.get(f"{WUHAI}/compounds/IMP-0001/plan"))
    assert [i["code"] for i in plan["items"]] == ["water_supply", "property_premises"]
    changes = ok(client.get(CHANGES, params={"compound": "IMP-0001"}))["items"]
    assert [(c["record"], c["action"], c["row"]) for c in changes] == [
        ("compound", "create", 2),  # the compound, its plan: row 2 of the file
        ("plan", "create", 2),
    ]
    assert changes[0]["after"]["name"] == "团结小区（一期）Ⅱ"
    # The register's own text exports as text, never as a formula.
    created = {
        "name": '=HYPERLINK("http://example.com")',
        "district": "150302",
        "street": "150302001000",
        "built_year": 1990,
        "buildings": 2,
        "households": 40,
        "floor_area_m2": "2800.00",
        "property_type": "commodity",
        "code": "EQ-1",
    }
    ok(client.post(f"{WUHAI}/compounds", json=created), 201)
    exported = client.get(f"{WUHAI}/exports/compounds.xlsx", params={"district": "150302"})
    sheet = load_workbook(io.BytesIO(exported.content)).worksheets[0]
    named = next(r for r in sheet.iter_rows() if r[0].value == "EQ-1")
    assert (named[1].value, named[1].data_type) == (created["name"], "s")


@contextmanager
def running_import(database_url: str, submitted: datetime.datetime) -> Iterator[tuple[int, Any]]:
    """An import recorded as running since ``submitted``, and a ``hold()`` that keeps it
    claimed as its worker's transaction would, until the block ends."""

    async def insert() -> int:
        database = open_database(settings(database_url))
        async with database.writer.begin() as conn:
            wuhai = await conn.scalar(
                sa.select(tables.programmes.c.id).where(
                    tables.programmes.c.code == "wuhai-2022-2024"
                )
            )
            number = int(
                await conn.scalar(
                    tables.imports.insert()
                    .values(
                        programme_id=wuhai,
                        status="running",
                        mode="all_or_nothing",
                        size_bytes=100,
                        submitted_by="city-admin",
                        created_at=submitted,
                    )
                    .returning(tables.imports.c.id)
                )
            )
        await database.dispose()  # in the loop that opened it
        return number

    number = asyncio.run(insert())
    releases: list[threading.Event] = []
    threads: list[threading.Thread] = []

    def hold() -> None:
        claimed, release = threading.Event(), threading.Event()

        async def claim() -> None:
            engine = open_database(settings(database_url)).writer
            async with engine.connect() as conn, conn.begin():
                await held.hold(conn, number)
                claimed.set()
                await asyncio.to_thread(release.wait)
            await engine.dispose()

        thread = threading.Thread(target=asyncio.run, args=(claim(),))
        thread.start()
        assert claimed.wait(30)
        releases.append(release)
        threads.append(thread)

    try:
        yield number, hold
    finally:
        for release in releases:
            release.set()
        for thread in threads:
            thread.join()


def test_an_import_whose_server_ended_is_reported_failed(
    client: TestClient[Any], database_url: str
) -> None:
    """Only once nothing holds it: an import running in a worker is left running, one just
    answered is given time to begin, and one whose worker died (its lock released) failed."""
    long_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=5)
    with running_import(database_url, long_ago) as (number, hold):
        hold()
        assert ok(client.get(f"{IMPORTS}/{number}"))["status"] == "running"
    with running_import(database_url, datetime.datetime.now(datetime.UTC)) as (number, _):
        assert ok(client.get(f"{IMPORTS}/{number}"))["status"] == "running"
    with running_import(database_url, long_ago) as (number, _):
        ended = ok(client.get(f"{IMPORTS}/{number}"))
    assert ended["status"] == "failed"
    assert ended["failure"].startswith("nothing was imported: the import stopped")
    assert ended["finished_at"] is not None
    assert ended["report"] is None


def test_a_write_while_an_import_runs(client: TestClient[Any], database_url: str) -> None:
    """PostgreSQL locks only the import's own rows: another write goes through. SQLite has one
    writer, which an import holds to its end: a write that waited its busy timeout out is a
    503 with Retry-After, and changes nothing."""
    long_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=5)
    with running_import(database_url, long_ago) as (_, hold):
        hold()  # as a running import's transaction does
        response = client.post(IMPORTS, content=csv_bytes([HEADER, row(1)]), headers=CSV)
        if database_url.startswith("sqlite"):
            body = problem(response, 503, "busy")
            assert response.headers["retry-after"] == "5"
            assert "nothing was changed" in body["detail"]
    if database_url.startswith("sqlite"):
        assert client.get(f"{WUHAI}/compounds/IMP-0001").status_code == 404
    else:
        assert response.status_code == 202
        assert ok(client.get(response.headers["location"]))["status"] == "done"
        ok(client.get(f"{WUHAI}/compounds/IMP-0001"))


def test_an_import_reported_failed_never_writes_after_all(
    client: TestClient[Any], database_url: str, tmp_path: Path
) -> None:
    """An import whose worker begins it only after a status read reported it failed (its
    minute's grace long past) stops at its claim, and writes nothing."""
    inventory = tmp_path / "late.csv"
    inventory.write_bytes(csv_bytes([HEADER, row(1)]))
    long_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=5)
    with running_import(database_url, long_ago) as (number, _):
        assert ok(client.get(f"{IMPORTS}/{number}"))["status"] == "failed"

        async def begin_late() -> None:
            database = open_database(settings(database_url))
            try:
                async with database.reader.connect() as conn:
                    loaded = await programmes.load_programme(conn, "wuhai-2022-2024")
                assert loaded is not None
                programme_row, programme = loaded
                with inventory.open("rb") as file:
                    await import_compounds(
                        database.writer,
                        programme_row.id,
                        programme,
                        file,
                        ImportMode.ALL_OR_NOTHING,
                        Limits(rows=DEFAULT_IMPORT_MAX_ROWS),
                        claim=lambda conn: held.hold(conn, number),
                    )
            finally:
                await database.dispose()

        with pytest.raises(held.Abandoned):
            asyncio.run(begin_late())
    assert client.get(f"{WUHAI}/compounds/IMP-0001").status_code == 404
    assert ok(client.get(f"{IMPORTS}/{number}"))["status"] == "failed"
