import { send, type RawResponse } from "./security/support";

/** A row the API answered with: every object it returns has an id, and the editable ones a version. */
export type ApiRow = Record<string, unknown> & { id: string; version: number };

/**
 * The one HTTP client the specs use for the public API (`/api/v1/…`): a caller's bearer token,
 * optionally sent from a chosen loopback address (the security specs use one each, so their
 * requests spend no other spec's throttling budget) or to another server's port (the specs
 * that start servers of their own). Each request opens its own connection.
 */
export type ApiClient = {
  /**
   * Sends `method path` (relative to /api/v1/) and returns the answer as it came, whatever its
   * status. A string body is sent byte for byte (to test malformed or hostile JSON); any other
   * body is sent as JSON.
   */
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<RawResponse>;
  /** As `send`, for setting things up: returns the parsed JSON, or throws with the answer unless it is a 2xx. */
  json<T = ApiRow>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
};

/** The header that authenticates a Playwright `request` with an API token. */
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An API client for `token` (none: an anonymous caller). */
export function apiClient(token: string | undefined, { from, port }: { from?: string; port?: number } = {}): ApiClient {
  const client: ApiClient = {
    send(method, path, body, headers = {}) {
      return send({
        method,
        path: `/api/v1/${path}`,
        from,
        toPort: port,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        headers: {
          ...(token === undefined ? {} : bearer(token)),
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
      });
    },
    async json(method, path, body, headers) {
      const response = await client.send(method, path, body, headers);
      if (response.status < 200 || response.status >= 300) throw new Error(`${method} /api/v1/${path}: ${response.status} ${response.text}`);
      return (response.text === "" ? undefined : JSON.parse(response.text)) as never;
    },
  };
  return client;
}
