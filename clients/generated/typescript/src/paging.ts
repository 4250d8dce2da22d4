// Every list answers a page of `items` and a `next_cursor`; the next page is asked for with
// ?cursor=<next_cursor>, until the cursor is null.
import type { DataOf, PathFor } from "./operations.js";

export type Page<T = unknown> = { items: readonly T[]; next_cursor: string | null };

/** The GET paths that answer a page. */
export type PagedPath = {
  [P in PathFor<"get">]: DataOf<"get", P> extends Page ? P : never;
}[PathFor<"get">];

export type ItemOf<P extends PagedPath> =
  DataOf<"get", P> extends { items: readonly (infer T)[] } ? T : never;

export async function* walk<T>(
  page: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const { items, next_cursor } = await page(cursor);
    yield* items;
    cursor = next_cursor ?? undefined;
  } while (cursor !== undefined);
}
