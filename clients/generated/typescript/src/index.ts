// The SDK's entry point: the generated types (schema.d.ts, never edited by hand) bound to a
// typed fetch client. Every path, parameter, body and response is checked by the compiler.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths };
export type Problem = components["schemas"]["Problem"];

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
