// Retries as a wrapping fetch, so the typed client and the helpers share them. Only a request
// that may safely be sent twice is retried: GET, HEAD, PUT, DELETE, OPTIONS, and a POST that
// carries an Idempotency-Key (the server answers its repeat with the first answer).

export type Fetch = (request: Request) => Promise<Response>;

export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. */
  maxAttempts: number;
  /** The most all waits of one call may add up to. */
  maxTotalWaitMs: number;
  /** The longest single wait; a Retry-After beyond it is not waited for: the answer is returned. */
  maxWaitMs: number;
  /** The first backoff when the server gives no Retry-After; it doubles each attempt. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  maxTotalWaitMs: 60_000,
  maxWaitMs: 30_000,
  baseDelayMs: 250,
};

const RETRY_STATUSES = new Set([429, 503]);
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

export function withRetries(fetch: Fetch, options: Partial<RetryOptions> = {}): Fetch {
  const limits = { ...DEFAULT_RETRY, ...options };
  return async (request) => {
    if (!repeatable(request)) return fetch(request);
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= limits.maxAttempts;
      let wait: number;
      try {
        // A body can be read once: each attempt sends a copy and keeps the original for the next.
        const response = await fetch(request.clone());
        if (last || !RETRY_STATUSES.has(response.status)) return response;
        const asked = retryAfterMs(response.headers.get("Retry-After"));
        if (asked !== undefined && asked > limits.maxWaitMs) return response;
        wait =
          asked === undefined
            ? backoff(attempt, limits)
            : Math.min(limits.maxWaitMs, asked + Math.random() * limits.baseDelayMs);
        if (waited + wait > limits.maxTotalWaitMs) return response;
        await response.body?.cancel(); // frees the connection
      } catch (error) {
        // fetch rejects on a network failure; an abort is the caller's choice, not a failure.
        if (last || request.signal.aborted) throw error;
        wait = backoff(attempt, limits);
        if (waited + wait > limits.maxTotalWaitMs) throw error;
      }
      await sleep(wait, request.signal);
      waited += wait;
    }
  };
}

function repeatable(request: Request): boolean {
  return (
    IDEMPOTENT_METHODS.has(request.method) ||
    (request.method === "POST" && request.headers.has("Idempotency-Key"))
  );
}

/** Exponential backoff with full jitter, so many clients refused at once do not return at once. */
function backoff(attempt: number, limits: RetryOptions): number {
  return Math.random() * Math.min(limits.maxWaitMs, limits.baseDelayMs * 2 ** (attempt - 1));
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal.addEventListener("abort", abort, { once: true });
  });
}
