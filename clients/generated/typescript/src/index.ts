// The SDK's entry point: the generated types (schema.d.ts, never edited by hand) bound to a
// typed fetch client, and RenovationClient, the hand-written layer over it (client.ts). Every
// path, parameter, body and response is checked by the compiler.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths };
export { RenovationClient } from "./client.js";
export type { Credentials, Guarded, Keyed, RenovationClientOptions, Resource } from "./client.js";
export { RenovationError, type FieldProblem, type Problem } from "./errors.js";
export type { ItemOf, PagedPath } from "./paging.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export { verifyWebhook, WebhookVerificationError, type WebhookEvent } from "./webhooks.js";

// An integrating system's API key, or a person's bearer token from the identity provider;
// none reads only what is published.
export type Credential = { apiKey: string } | { bearerToken: string };

export function createRenovationClient(baseUrl: string, credential?: Credential) {
  const headers: Record<string, string> = {};
  if (credential && "apiKey" in credential) headers["X-API-Key"] = credential.apiKey;
  if (credential && "bearerToken" in credential)
    headers["Authorization"] = `Bearer ${credential.bearerToken}`;
  return createClient<paths>({ baseUrl, headers });
}
