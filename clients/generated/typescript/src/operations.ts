// What each operation takes and returns, derived from the generated `paths` the way openapi-fetch
// derives them, so the helpers check exactly what the typed client checks.
import type {
  Client,
  ClientPathsWithMethod,
  FetchResponse,
  MaybeOptionalInit,
} from "openapi-fetch";
import type { paths } from "./schema.js";

export type Api = Client<paths>;
export type Method = "get" | "put" | "post" | "delete";
export type PathFor<M extends Method> = ClientPathsWithMethod<Api, M>;
export type InitFor<M extends Method, P extends PathFor<M>> = MaybeOptionalInit<paths[P], M>;
/** The init argument, optional when the operation needs no parameter and no body. */
export type Args<I, Extra = object> = undefined extends I ? [init?: I & Extra] : [init: I & Extra];
/** The body of the operation's 2xx answer. */
export type DataOf<M extends Method, P extends PathFor<M>> = NonNullable<
  Extract<
    FetchResponse<NonNullable<paths[P][M]>, InitFor<M, P>, `${string}/${string}`>,
    { error?: never }
  >["data"]
>;
