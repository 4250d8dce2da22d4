// Receiving webhooks with the SDK: a subscription made through the API, an event from its
// feed signed with the subscription's secret as the server signs deliveries, verified and
// narrowed by type; an altered body or another secret is refused.
import assert from "node:assert/strict";
import { test } from "node:test";

import { Webhook } from "standardwebhooks";

import { createRenovationClient, verifyWebhook, WebhookVerificationError } from "../src/index.js";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:8000";
const client = createRenovationClient(baseUrl, { apiKey: process.env.API_KEY ?? "" });

test("a delivery signed with the subscription's secret verifies; an altered one does not", async () => {
  const { data: made, response } = await client.POST("/v1/webhook-subscriptions", {
    body: { url: "https://hooks.wuhai.example/sdk", types: ["project.stage_changed"] },
  });
  assert.equal(response.status, 201);
  const secret = made?.secret;
  assert.ok(secret);
  const event = {
    id: 7,
    type: "project.stage_changed",
    occurred_at: "2022-03-01T08:00:00Z",
    programme: "wuhai-2022-2024",
    district: "150302",
    resource: "/v1/programmes/wuhai-2022-2024/compounds/150302-0002/projects/2022",
    etag: '"0123456789abcdef0123456789abcdef"',
    data: { compound: "150302-0002", year: 2022, stage: "designing", previous_stage: "consulting", changed: ["stage"] },
  };
  const body = JSON.stringify(event);
  const at = new Date();
  const headers = {
    "webhook-id": `evt_${event.id}`,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(`evt_${event.id}`, at, body),
  };

  const received = verifyWebhook(secret, headers, body);
  assert.equal(received.type, "project.stage_changed");
  if (received.type === "project.stage_changed") {
    assert.equal(received.data.stage, "designing"); // typed by the contract's webhooks
  }
  assert.throws(() => verifyWebhook(secret, headers, body.replace("designing", "approved")), WebhookVerificationError);
  const other = "whsec_" + Buffer.alloc(32, 1).toString("base64");
  assert.throws(() => verifyWebhook(other, headers, body), WebhookVerificationError);
});
