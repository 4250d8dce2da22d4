// The SDK's entry point: the generated types (schema.d.ts, never edited by hand) bound to a
// typed fetch client. Every path, parameter, body and response is checked by the compiler.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths };
export type Problem = components["schemas"]["Problem"];

export function createRenovationClient(baseUrl: string) {
  return createClient<paths>({ baseUrl });
}
