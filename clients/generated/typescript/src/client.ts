// The hand-written client: credentials, retries and Idempotency-Keys under the typed
// openapi-fetch client (`api`), and helpers that answer the data or throw RenovationError.
import createClient, { mergeHeaders, type HeadersOptions } from "openapi-fetch";
import { RenovationError } from "./errors.js";
import { withIdempotencyKeys } from "./idempotency.js";
import type { Api, Args, DataOf, InitFor, Method, PathFor } from "./operations.js";
import { walk, type ItemOf, type Page, type PagedPath } from "./paging.js";
import { withRetries, type RetryOptions } from "./retry.js";
import type { paths } from "./schema.js";

/** An integrating system's API key (sent as X-API-Key), or a person's bearer token from the
 * identity provider; neither reads only what is published. The server refuses both at once. */
export type Credentials =
  | { apiKey: string; token?: never }
  | { token: string; apiKey?: never }
  | { apiKey?: never; token?: never };

export type RenovationClientOptions = Credentials & {
  baseUrl: string;
  retry?: Partial<RetryOptions>;
};

/** A 2xx answer: its body, the ETag to send back as If-Match, and the response itself. */
export interface Resource<T> {
  data: T;
  etag: string | undefined;
  response: Response;
}

/** Sent as If-Match: the ETag last read, so a write over someone else's is refused with 412. */
export type Guarded = { ifMatch?: string };
/** A POST's Idempotency-Key; a new UUID when none is given. */
export type Keyed = Guarded & { idempotencyKey?: string };

type LooseInit = Keyed & {
  params?: { query?: Record<string, unknown> } & Record<string, unknown>;
  headers?: HeadersOptions;
};
// The helpers' own signatures are checked against `paths`; inside, one untyped call does the work.
type LooseApi = {
  request(
    method: Method,
    path: string,
    init: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

export class RenovationClient {
  /** The fully typed openapi-fetch client, with the same credential, retries and keys. */
  readonly api: Api;

  constructor(options: RenovationClientOptions) {
    const { baseUrl, apiKey, token, retry } = options;
    if (apiKey !== undefined && token !== undefined)
      throw new TypeError("give one credential: apiKey or token, not both");
    const headers: Record<string, string> = {};
    if (apiKey !== undefined) headers["X-API-Key"] = apiKey;
    if (token !== undefined) headers["Authorization"] = `Bearer ${token}`;
    // Keys are added before retrying, so every attempt of a POST carries the same one.
    const fetch = withIdempotencyKeys(withRetries((request) => globalThis.fetch(request), retry));
    this.api = createClient<paths>({ baseUrl, headers, fetch });
  }

  get<P extends PathFor<"get">>(
    path: P,
    ...init: Args<InitFor<"get", P>>
  ): Promise<Resource<DataOf<"get", P>>> {
    return this.send("get", path, init[0]);
  }

  post<P extends PathFor<"post">>(
    path: P,
    ...init: Args<InitFor<"post", P>, Keyed>
  ): Promise<Resource<DataOf<"post", P>>> {
    return this.send("post", path, init[0]);
  }

  put<P extends PathFor<"put">>(
    path: P,
    ...init: Args<InitFor<"put", P>, Guarded>
  ): Promise<Resource<DataOf<"put", P>>> {
    return this.send("put", path, init[0]);
  }

  async delete<P extends PathFor<"delete">>(
    path: P,
    ...init: Args<InitFor<"delete", P>, Guarded>
  ): Promise<void> {
    await this.send("delete", path, init[0]);
  }

  /** Every item of a list, page after page: `for await (const item of client.paginate(...))`. */
  paginate<P extends PagedPath>(
    path: P,
    ...init: Args<InitFor<"get", P>>
  ): AsyncGenerator<ItemOf<P>, void, undefined> {
    const { params, ...rest }: LooseInit = init[0] ?? {};
    return walk(async (cursor) => {
      const query = { ...params?.query, ...(cursor === undefined ? {} : { cursor }) };
      const page = await this.send<Page<ItemOf<P>>>("get", path, {
        ...rest,
        params: { ...params, query },
      });
      return page.data;
    });
  }

  private async send<T>(method: Method, path: string, init: LooseInit = {}): Promise<Resource<T>> {
    const { ifMatch, idempotencyKey, headers, ...rest } = init;
    const { data, error, response } = await (this.api as unknown as LooseApi).request(
      method,
      path,
      {
        ...rest,
        headers: mergeHeaders(headers, { "If-Match": ifMatch, "Idempotency-Key": idempotencyKey }),
      },
    );
    if (!response.ok) throw RenovationError.from(response, error);
    return { data: data as T, etag: response.headers.get("ETag") ?? undefined, response };
  }
}
