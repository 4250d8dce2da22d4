// Retries, their limits, and what is never retried, against a scripted node:http stub.
import assert from "node:assert/strict";
import type { IncomingMessage, ServerResponse } from "node:http";
import { test } from "node:test";

import { RenovationClient, RenovationError } from "../src/index.js";
import { retryAfterMs, withRetries } from "../src/retry.js";
import { problem, serve } from "./servers.js";

type Answer = "ok" | "drop" | { status: 429 | 503; retryAfter?: string };
type Hit = { method: string; key: string | undefined; body: string };

/** Answers each request with the next scripted answer (the last one repeats) and records it. */
async function stub(...script: Answer[]) {
  const hits: Hit[] = [];
  const served = await serve((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const key = request.headers["idempotency-key"];
      hits.push({
        method: request.method ?? "",
        key: typeof key === "string" ? key : undefined,
        body,
      });
      const answer = script[Math.min(hits.length, script.length) - 1];
      if (answer === "drop") return request.socket.destroy();
      if (answer === "ok" || answer === undefined) {
        response.writeHead(200, { "Content-Type": "application/json" });
        return response.end(JSON.stringify({ status: "ok", code: "S-1" }));
      }
      problem(response, answer.status, "busy", answer.retryAfter);
    });
  });
  return { ...served, hits };
}

const quick = { baseDelayMs: 10 };

test("a GET is retried on 503 and 429 until it succeeds", async () => {
  const server = await stub({ status: 503, retryAfter: "0" }, { status: 429 }, "ok");
  const client = new RenovationClient({ baseUrl: server.url, retry: quick });
  const { data } = await client.get("/health");
  assert.deepEqual(data, { status: "ok", code: "S-1" });
  assert.equal(server.hits.length, 3);
  await server.close();
});

test("a network failure is retried", async () => {
  const server = await stub("drop", "ok");
  const client = new RenovationClient({ baseUrl: server.url, retry: quick });
  await client.get("/health");
  assert.equal(server.hits.length, 2);
  await server.close();
});

test("retries stop at maxAttempts, and the last answer is thrown", async () => {
  const server = await stub({ status: 503, retryAfter: "0" });
  const client = new RenovationClient({ baseUrl: server.url, retry: { ...quick, maxAttempts: 3 } });
  await assert.rejects(client.get("/health"), { name: "RenovationError", status: 503 });
  assert.equal(server.hits.length, 3);
  await server.close();
});

test("a Retry-After beyond one wait's ceiling, or the total budget, is not waited for", async () => {
  const server = await stub({ status: 429, retryAfter: "120" });
  const client = new RenovationClient({ baseUrl: server.url, retry: { maxWaitMs: 5_000 } });
  const started = Date.now();
  await assert.rejects(
    client.get("/health"),
    (error) => error instanceof RenovationError && error.status === 429,
  );
  assert.equal(server.hits.length, 1);
  assert.ok(Date.now() - started < 1000);

  const budget = await stub({ status: 503, retryAfter: "1" });
  const thrifty = new RenovationClient({
    baseUrl: budget.url,
    retry: { maxAttempts: 5, maxTotalWaitMs: 1_500 },
  });
  await assert.rejects(thrifty.get("/health"), { status: 503 });
  assert.equal(budget.hits.length, 2); // one 1 s wait fits in 1.5 s, a second does not
  await Promise.all([server.close(), budget.close()]);
});

test("a POST without an Idempotency-Key is never retried", async () => {
  const server = await stub({ status: 503, retryAfter: "0" }, "ok");
  const fetch = withRetries((request) => globalThis.fetch(request), quick);
  const response = await fetch(new Request(server.url, { method: "POST", body: "{}" }));
  assert.equal(response.status, 503);
  assert.equal(server.hits.length, 1);
  await server.close();
});

test("the client's POST gets a key, kept (with its body) on every attempt", async () => {
  const server = await stub({ status: 503, retryAfter: "0" }, "drop", "ok");
  const client = new RenovationClient({ baseUrl: server.url, apiKey: "rnv_x", retry: quick });
  const body = {
    code: "S-1",
    name: "桩",
    district: "150302",
    street: "150302002000",
    built_year: 1998,
    buildings: 1,
    households: 1,
    floor_area_m2: "1.00",
    property_type: "reformed" as const,
  };
  await client.post("/v1/programmes/{programme}/compounds", {
    params: { path: { programme: "p" } },
    body,
  });
  assert.equal(server.hits.length, 3);
  assert.ok(server.hits[0]?.key);
  for (const hit of server.hits) {
    assert.equal(hit.key, server.hits[0]?.key);
    assert.deepEqual(JSON.parse(hit.body), body);
  }
  await client.post("/v1/programmes/{programme}/compounds", {
    params: { path: { programme: "p" } },
    body,
    idempotencyKey: "mine",
  });
  assert.equal(server.hits.at(-1)?.key, "mine");
  await server.close();
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
  assert.equal(retryAfterMs("3", now), 3000);
  assert.equal(retryAfterMs("Wed, 21 Oct 2015 07:28:02 GMT", now), 2000);
  assert.equal(retryAfterMs("Wed, 21 Oct 2015 07:27:00 GMT", now), 0);
  assert.equal(retryAfterMs("soon", now), undefined);
  assert.equal(retryAfterMs(null, now), undefined);
});

test("one credential at most", () => {
  assert.throws(
    // @ts-expect-error: the types refuse both, and so does the constructor, for callers in JavaScript
    () => new RenovationClient({ baseUrl: "http://127.0.0.1", apiKey: "k", token: "t" }),
    TypeError,
  );
});
