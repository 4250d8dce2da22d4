// Every POST carries an Idempotency-Key, so a retry (ours or the caller's) cannot create twice:
// the server answers a repeated key with the first answer and Idempotent-Replayed: true.
import type { Fetch } from "./retry.js";

export const IDEMPOTENCY_KEY = "Idempotency-Key";

export function withIdempotencyKeys(fetch: Fetch): Fetch {
  return (request) => {
    if (request.method === "POST" && !request.headers.has(IDEMPOTENCY_KEY))
      request.headers.set(IDEMPOTENCY_KEY, crypto.randomUUID());
    return fetch(request);
  };
}
