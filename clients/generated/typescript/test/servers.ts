// Small node:http servers the tests put in front of (or in place of) the API.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(handler: Handler): Promise<Served> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections(); // fetch keeps connections alive
        server.close(() => resolve());
      }),
  };
}

/** A problem answer, as the API sends one. */
export function problem(
  response: ServerResponse,
  status: number,
  name: string,
  retryAfter?: string,
): void {
  response.writeHead(status, {
    "Content-Type": "application/problem+json",
    ...(retryAfter === undefined ? {} : { "Retry-After": retryAfter }),
  });
  response.end(JSON.stringify({ type: `urn:renovation:problem:${name}`, title: name, status }));
}
