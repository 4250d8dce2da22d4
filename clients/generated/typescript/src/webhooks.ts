// Receiving webhooks: check a delivery's Standard Webhooks signature and read its event, typed
// by its `type` from the contract's `webhooks` section. Pass the body exactly as it arrived
// (a string or Buffer, never re-serialised JSON) and the request's headers. Deliveries are at
// least once: drop an event whose webhook-id was seen before.
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import type { webhooks } from "./schema.js";

/** Every event a subscription may deliver, discriminated by `type`. */
export type WebhookEvent = {
  [K in keyof webhooks]: webhooks[K]["post"]["requestBody"]["content"]["application/json"];
}[keyof webhooks];

export { WebhookVerificationError };

/**
 * The event a delivery carries, once its signature is checked against `secret` (whsec_…, as
 * the subscription's creation or rotation showed it; either of two while a rotation's overlap
 * lasts). Throws WebhookVerificationError for a forged, altered or stale (over five minutes)
 * delivery.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string | Buffer,
): WebhookEvent {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  }
  return new Webhook(secret).verify(body, flat) as WebhookEvent;
}
