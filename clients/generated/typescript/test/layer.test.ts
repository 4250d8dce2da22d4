// The hand-written layer (RenovationClient, RenovationError, retries, paging) through a whole
// story against a running server at BASE_URL. A small proxy in front of it counts requests and
// misbehaves on purpose: it answers the first read of the programme with 429, and loses the
// answer to the first create (503), as a flaky network or a busy server would.
import assert from "node:assert/strict";
import { request as forwarded, type IncomingMessage, type ServerResponse } from "node:http";
import { after, before, test } from "node:test";

import { RenovationClient, RenovationError } from "../src/index.js";
import { problem, serve, type Served } from "./servers.js";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:8000";
const apiKey = process.env.API_KEY ?? "";
const programme = "wuhai-2022-2024";
const compounds = "/v1/programmes/{programme}/compounds" as const;
const compound = "/v1/programmes/{programme}/compounds/{code}" as const;
const where = { path: { programme, code: "LAYER-1" } };
const facts = {
  name: "分层测试小区",
  district: "150302",
  street: "150302002000",
  built_year: 1998,
  buildings: 3,
  households: 120,
  floor_area_m2: "10800.00",
  property_type: "reformed" as const,
};

const seen: { method: string; path: string; key: string | undefined }[] = [];
let proxy: Served;

function forward(request: IncomingMessage, response: ServerResponse, loseAnswer: boolean): void {
  const target = new URL(request.url ?? "/", baseUrl);
  const upstream = forwarded(
    target,
    { method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => {
      if (loseAnswer) {
        answer.resume();
        return problem(response, 503, "unavailable", "1");
      }
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  request.pipe(upstream);
}

before(async () => {
  proxy = await serve((request, response) => {
    const { method = "GET", url = "/" } = request;
    const path = new URL(url, baseUrl).pathname;
    const key = request.headers["idempotency-key"];
    const first = !seen.some((s) => s.method === method && s.path === path);
    seen.push({ method, path, key: typeof key === "string" ? key : undefined });
    if (first && method === "GET" && path === `/v1/programmes/${programme}`)
      return problem(response, 429, "rate-limited", "1");
    forward(
      request,
      response,
      first && method === "POST" && path === `/v1/programmes/${programme}/compounds`,
    );
  });
});
after(() => proxy.close());

test("the hand-written layer, through a whole story", async () => {
  const client = new RenovationClient({ baseUrl: proxy.url, apiKey });
  const anonymous = new RenovationClient({ baseUrl });
  const requests = (method: string, path: string) =>
    seen.filter((s) => s.method === method && s.path === path);

  // Published lists need no credential; the register does, and says so in a problem.
  const districts = await anonymous.get("/v1/programmes/{programme}/districts", {
    params: { path: { programme } },
  });
  assert.deepEqual(
    districts.data.items.map((d) => d.name),
    ["海勃湾区", "乌达区", "海南区"],
  );
  await assert.rejects(anonymous.get(compounds, { params: { path: { programme } } }), (error) => {
    assert.ok(error instanceof RenovationError);
    assert.equal(error.status, 401);
    assert.equal(error.type, "urn:renovation:problem:unauthenticated");
    return true;
  });

  // A 429 is waited out as Retry-After asks, then the read succeeds.
  const started = Date.now();
  const read = await client.get("/v1/programmes/{programme}", { params: { path: { programme } } });
  assert.ok(Date.now() - started >= 1000, "waited the 1 s Retry-After");
  assert.equal(read.data.code, programme);
  assert.equal(requests("GET", `/v1/programmes/${programme}`).length, 2);

  // Paging walks every page: 40 at a time, the same register as one page of 500.
  const register = async () =>
    (await client.get(compounds, { params: { path: { programme }, query: { page_size: 500 } } }))
      .data.items;
  const whole = (await register()).map((c) => c.code);
  const walked: string[] = [];
  for await (const c of client.paginate(compounds, {
    params: { path: { programme }, query: { page_size: 40 } },
  }))
    walked.push(c.code);
  assert.deepEqual(walked, whole);
  const pages = requests("GET", `/v1/programmes/${programme}/compounds`).length - 1;
  assert.equal(pages, Math.ceil(whole.length / 40));
  assert.ok(pages >= 3);

  // A create whose answer is lost is retried with the same (automatic) Idempotency-Key: the
  // server replays its first answer and the register grows by one.
  const created = await client.post(compounds, {
    params: { path: { programme } },
    body: { code: "LAYER-1", ...facts },
  });
  assert.equal(created.response.status, 201);
  assert.equal(created.response.headers.get("Idempotent-Replayed"), "true");
  assert.equal(created.data.code, "LAYER-1");
  const keys = requests("POST", `/v1/programmes/${programme}/compounds`).map((s) => s.key);
  assert.equal(keys.length, 2);
  assert.ok(keys[0]);
  assert.equal(keys[1], keys[0]);
  assert.equal((await register()).length, whole.length + 1);

  // An update sends the ETag it read; one sent with a stale ETag is refused with 412.
  const before = await client.get(compound, { params: where });
  assert.ok(before.etag);
  const updated = await client.put(compound, {
    params: where,
    body: { ...facts, households: 130 },
    ifMatch: before.etag,
  });
  assert.equal(updated.data.households, 130);
  assert.notEqual(updated.etag, before.etag);
  await assert.rejects(
    client.put(compound, {
      params: where,
      body: { ...facts, households: 140 },
      ifMatch: before.etag,
    }),
    { name: "RenovationError", status: 412, type: "urn:renovation:problem:precondition-failed" },
  );

  // A refused body names its fields; a refused step names the steps allowed.
  await assert.rejects(
    client.post(compounds, {
      params: { path: { programme } },
      body: { code: "LAYER-2", ...facts, district: "150399" },
    }),
    (error) =>
      error instanceof RenovationError &&
      error.status === 422 &&
      error.errors[0]?.path === "$.district",
  );
  await client.post("/v1/programmes/{programme}/compounds/{code}/plan", {
    params: where,
    body: { year: 2022, items: ["water_supply", "elderly_care"], investment_yuan: "1500000.00" },
  });
  const project = await client.post("/v1/programmes/{programme}/compounds/{code}/projects", {
    params: where,
    body: {
      client: { name: "海勃湾区住房和城乡建设局" },
      profile: {
        changes_land_ownership: false,
        low_risk: true,
        changes_main_structure: false,
        signs_commitment_notice: true,
      },
      planned_on: "2021-11-01",
    },
  });
  assert.equal(project.data.stage, "planned");
  await assert.rejects(
    client.post("/v1/programmes/{programme}/compounds/{code}/projects/{year}/transitions", {
      params: { path: { ...where.path, year: 2022 } },
      body: { to: "completed", on: "2021-11-05" },
      ifMatch: project.etag,
    }),
    (error) => {
      assert.ok(error instanceof RenovationError);
      assert.equal(error.status, 409);
      assert.deepEqual(error.allowed, ["consulting", "suspended", "cancelled"]);
      assert.match(
        error.message,
        /^409 urn:renovation:problem:\S+: .*\(allowed: consulting, suspended, cancelled\)$/,
      );
      assert.ok(error.requestId);
      return true;
    },
  );
});
