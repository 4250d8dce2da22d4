// The one error the hand-written layer throws for an answer that is not 2xx: the server's
// RFC 9457 problem, with the response it came in.
import type { components } from "./schema.js";

export type Problem = components["schemas"]["Problem"];
export type FieldProblem = components["schemas"]["FieldProblem"];

export class RenovationError extends Error {
  override readonly name = "RenovationError";
  /** A URN naming the kind of problem, e.g. urn:renovation:problem:illegal-transition. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | null;
  readonly instance: string | null;
  /** The fields that were refused, each with its JSON path. */
  readonly errors: FieldProblem[];
  /** What the record allows next, when a step is refused (e.g. a project's next stages). */
  readonly allowed: string[];
  /** The server's id for the request: quote it when reporting a problem. */
  readonly requestId: string | null;

  constructor(
    problem: Problem,
    readonly response: Response,
  ) {
    const errors = problem.errors ?? [];
    const allowed = problem.allowed ?? [];
    super(
      `${problem.status} ${problem.type}: ${problem.title}` +
        (problem.detail ? `: ${problem.detail}` : "") +
        (errors.length ? ` [${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}]` : "") +
        (allowed.length ? ` (allowed: ${allowed.join(", ")})` : ""),
    );
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail ?? null;
    this.instance = problem.instance ?? null;
    this.errors = errors;
    this.allowed = allowed;
    this.requestId = response.headers.get("X-Request-Id");
  }

  /** From an error response and its parsed body; a body that is not a problem (a proxy's page,
   * an empty 503) becomes an about:blank problem, so callers handle one shape. */
  static from(response: Response, body: unknown): RenovationError {
    if (isProblem(body)) return new RenovationError(body, response);
    const detail = typeof body === "string" && body ? body.slice(0, 500) : null;
    const title = response.statusText || "HTTP error";
    return new RenovationError(
      { type: "about:blank", title, status: response.status, detail },
      response,
    );
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const { type, title, status } = body as Record<string, unknown>;
  return typeof type === "string" && typeof title === "string" && typeof status === "number";
}
