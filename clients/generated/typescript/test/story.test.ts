// The integration story through the TypeScript SDK, against a running server at BASE_URL
// (tests/e2e/test_typescript_sdk.py starts one and runs this file with Node's test runner).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";

import { createRenovationClient, type Problem } from "../src/index.js";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:8000";
const client = createRenovationClient(baseUrl, { apiKey: process.env.API_KEY ?? "" });
const anonymous = createRenovationClient(baseUrl);
const programme = { programme: "wuhai-2022-2024" };

async function haibowanEnhancement(): Promise<[number, number]> {
  const { data } = await client.GET("/v1/programmes/{programme}/reports/coverage", {
    params: { path: programme },
  });
  assert.ok(data);
  const row = data.rows.find((r) => r.category === "enhancement" && r.district === "150302");
  assert.ok(row);
  return [row.covered, row.in_scope];
}

async function registerSize(): Promise<number> {
  const { data } = await client.GET("/v1/programmes/{programme}/compounds", {
    params: { path: programme, query: { page_size: 500 } },
  });
  assert.ok(data);
  return data.items.length;
}

test("an integration story", async () => {
  // What is published needs no credential; the register does.
  const districts = await anonymous.GET("/v1/programmes/{programme}/districts", {
    params: { path: programme },
  });
  assert.deepEqual(
    districts.data?.items.map((d) => d.name),
    ["海勃湾区", "乌达区", "海南区"],
  );

  const locked = await anonymous.GET("/v1/programmes/{programme}/compounds", {
    params: { path: programme },
  });
  assert.equal(locked.response.status, 401);
  assert.equal(locked.error?.type, "urn:renovation:problem:unauthenticated");

  const [covered, inScope] = await haibowanEnhancement();
  const facts = {
    name: "TS测试小区",
    district: "150302",
    street: "150302002000",
    built_year: 1998,
    buildings: 3,
    households: 120,
    floor_area_m2: "10800.00",
    property_type: "reformed" as const,
  };
  const key = randomUUID();
  const created = await client.POST("/v1/programmes/{programme}/compounds", {
    params: { path: programme, header: { "Idempotency-Key": key } },
    body: { code: "TS-1", ...facts },
  });
  assert.equal(created.response.status, 201);
  assert.equal(created.data?.eligibility.first_year_required, true);
  const size = await registerSize();

  const retried = await client.POST("/v1/programmes/{programme}/compounds", {
    params: { path: programme, header: { "Idempotency-Key": key } },
    body: { code: "TS-1", ...facts },
  });
  assert.equal(retried.response.status, 201);
  assert.equal(retried.response.headers.get("idempotent-replayed"), "true");
  assert.equal(await registerSize(), size);

  const planned = await client.POST("/v1/programmes/{programme}/compounds/{code}/plan", {
    params: { path: { ...programme, code: "TS-1" } },
    body: { year: 2022, items: ["water_supply", "elderly_care"], investment_yuan: "1500000.00" },
  });
  assert.equal(planned.response.status, 201);
  assert.deepEqual(await haibowanEnhancement(), [covered + 1, inScope + 1]);

  const etag = created.response.headers.get("etag") ?? "";
  const updated = await client.PUT("/v1/programmes/{programme}/compounds/{code}", {
    params: { path: { ...programme, code: "TS-1" }, header: { "If-Match": etag } },
    body: { ...facts, households: 130 },
  });
  assert.equal(updated.response.status, 200);
  const stale = await client.PUT("/v1/programmes/{programme}/compounds/{code}", {
    params: { path: { ...programme, code: "TS-1" }, header: { "If-Match": etag } },
    body: { ...facts, households: 140 },
  });
  assert.equal(stale.response.status, 412);
  const problem: Problem | undefined = stale.error;
  assert.equal(problem?.type, "urn:renovation:problem:precondition-failed");

  const refused = await client.POST("/v1/programmes/{programme}/compounds", {
    params: { path: programme },
    body: { code: "TS-2", ...facts, district: "150399" },
  });
  assert.equal(refused.response.status, 422);
  assert.equal(refused.error?.errors?.[0]?.path, "$.district");

  // The write is in the audit log, under this key.
  const log = await client.GET("/v1/audit-events", {
    params: { query: { resource: "/v1/programmes/wuhai-2022-2024/compounds/TS-1" } },
  });
  assert.deepEqual(
    log.data?.items.map((e) => e.action),
    ["create", "create", "replace"],
  );
  assert.equal(log.data?.items[0]?.request_id, created.response.headers.get("x-request-id"));
});
