import { createHash } from "node:crypto";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import type { Account } from "../accounts";
import { e2eEnvironment } from "../setup/environment.mjs";

/**
 * Raw HTTP for the security specs: requests built byte by byte (any header, any Origin, no
 * cookie jar), sent from a chosen loopback address (on Linux every 127/8 address is local,
 * so each is a distinct client to the server's sign-in throttling), plus a fingerprint of the
 * test server's database to prove that a refused request wrote nothing.
 */
export const port = Number(e2eEnvironment.PORT);
export const origin = `http://localhost:${port}`;

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string; ms: number };

export type RawRequest = {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** The loopback address to send from (default 127.0.0.1). */
  from?: string;
  /** Resolve as soon as the status and headers arrive (event streams, huge uploads). */
  headersOnly?: boolean;
  /** Another local server than the e2e one. */
  toPort?: number;
};

export function send({ method = "GET", path: target, headers = {}, body, from, headersOnly = false, toPort = port }: RawRequest): Promise<RawResponse> {
  const started = performance.now();
  const definedHeaders = Object.fromEntries(Object.entries({ Host: `localhost:${toPort}`, ...headers }).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
  if (
    body !== undefined &&
    !Object.keys(definedHeaders).some((name) => name.toLowerCase() === "content-length" || name.toLowerCase() === "transfer-encoding")
  ) {
    definedHeaders["Content-Length"] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    // A fresh connection each time (a pooled one the server closes as idle, after 5 s, would hang up
    // a request sent on it), but a keep-alive one: told "Connection: close", the server closes
    // right after answering a refused upload, the unread body makes that close a reset, and the
    // reset can discard its answer before it is read.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let answered = false;
    const request = http.request({ host: "127.0.0.1", port: toPort, method, path: target, headers: definedHeaders, localAddress: from, agent }, (response) => {
      answered = true;
      const done = (text: string) => {
        agent.destroy();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, ms: performance.now() - started });
      };
      if (headersOnly) {
        response.destroy();
        done("");
        return;
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
      response.on("error", reject);
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      // A server that answers before reading a large body may reset the rest of the upload: fine once the answer is in.
      if (answered && headersOnly && (error.code === "EPIPE" || error.code === "ECONNRESET")) return;
      agent.destroy();
      reject(error);
    });
    if (body !== undefined) request.end(body);
    else request.end();
  });
}

/** Every `Set-Cookie` of a response, as sent. */
export function setCookies(response: RawResponse): string[] {
  const value = response.headers["set-cookie"];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The `name=value` pairs of the cookies a response sets (non-empty values only). */
export function cookiePairs(response: RawResponse): string[] {
  return setCookies(response)
    .map((cookie) => cookie.split(";")[0]!.trim())
    .filter((pair) => !/=$/.test(pair));
}

export function sessionCookieOf(response: RawResponse): string | undefined {
  return cookiePairs(response).find((pair) => /^(__Secure-)?authjs\.session-token=/.test(pair));
}

/** The session cookie a signed-in page holds, as a `name=value` pair; throws when it has none. */
export async function pageSessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => /authjs\.session-token$/.test(c.name));
  if (!cookie) throw new Error("The page has no session cookie");
  return `${cookie.name}=${cookie.value}`;
}

/**
 * Signs in through Auth.js's own credentials route (with its double-submit CSRF token) and
 * returns the session cookie, or undefined when no session was issued.
 */
export async function signInOverHttp(
  account: Pick<Account, "email" | "password">,
  from?: string,
  { headers = {}, toPort }: { headers?: Record<string, string>; toPort?: number } = {},
): Promise<{ cookie: string | undefined; response: RawResponse }> {
  const csrf = await send({ path: "/api/auth/csrf", from, headers, toPort });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const response = await send({
    method: "POST",
    path: "/api/auth/callback/credentials",
    from,
    toPort,
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ email: account.email, password: account.password, csrfToken, callbackUrl: "/" }).toString(),
  });
  return { cookie: sessionCookieOf(response), response };
}

/** The test server's database, read-only. */
let connection: Database.Database | undefined;
function database(): Database.Database {
  connection ??= new Database(path.join(e2eEnvironment.DATA_DIR, "corroborate.db"), { readonly: true, fileMustExist: true });
  return connection;
}

/**
 * A hash of every row of every table. A token's "last used" time is left out: reading with a
 * token records it (at most once a minute), which is not a write the caller asked for. So is
 * what the capture worker writes in the background (db/capture-worker.ts: a capture's progress
 * and result, its blobs, the quote checked against it, its events without an actor, the daily
 * re-checks): it runs whenever a queued capture is due, whoever is calling; the capture rows a
 * caller queues, and the checks they ask for, still count.
 */
export async function fingerprint(): Promise<string> {
  await captureQueueAtRest();
  // Ordinary tables only: the search index's FTS5 table and its shadow tables are derived from
  // search_documents (db/migrations/sqlite/0014), which is hashed, and some have no rowid.
  const tables = database()
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name <> 'sqlite_schema' ORDER BY name")
    .all() as { name: string }[];
  // `recent_times` is the sign-in throttle's and export limits' bookkeeping: a refused sign-in is
  // counted there on purpose (that is the throttle), like a token's last use in `api_tokens`.
  // `sqlite_sequence` is the highest id each AUTOINCREMENT table gave: a caller's insert is in
  // that table's own rows, and the capture worker's events (left out below) move it too.
  const lines = tables
    .filter(({ name }) => name !== "recent_times" && name !== "capture_blobs" && name !== "sqlite_sequence")
    .map(({ name }) => {
      const rows = database().prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[];
      const kept = rows.filter((row) => !isBackgroundRow(name, row)).map((row) => callersPart(name, row));
      return `${name} ${createHash("sha256").update(JSON.stringify(kept)).digest("hex")}`;
    });
  return lines.join("\n");
}

/** The tables whose rows differ between two fingerprints (to name them when a refusal wrote). */
export function changedTables(before: string, after: string): string[] {
  const earlier = new Set(before.split("\n"));
  return after
    .split("\n")
    .filter((line) => !earlier.has(line))
    .map((line) => line.split(" ")[0]!);
}

/**
 * Waits (up to a minute) until no capture is being taken and none falls due in the next two
 * seconds: a capture finishing re-indexes its evidence's captured text (search_documents), which
 * is the worker's write, not the caller's, and must not land between two fingerprints.
 */
async function captureQueueAtRest(): Promise<void> {
  const busy = database().prepare("SELECT count(*) AS busy FROM captures WHERE status = 'capturing' OR (status = 'pending' AND due_at <= ?)");
  for (let waited = 0; waited < 60_000; waited += 200) {
    const soon = new Date(Date.now() + 2_000).toISOString();
    if ((busy.get(soon) as { busy: number }).busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function isBackgroundRow(table: string, row: Record<string, unknown>): boolean {
  if (table === "events") return row.actor_id === null && String(row.action).startsWith("capture.");
  return table === "capture_checks" && row.checked_by === null;
}

function callersPart(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === "api_tokens") return { ...row, last_used_at: null };
  if (table === "evidence") return { ...row, capture_quote_match: null };
  if (table === "captures")
    return { id: row.id, investigation_id: row.investigation_id, url: row.url, requested_by: row.requested_by, created_at: row.created_at };
  return row;
}

export function countRows(table: string): number {
  return (database().prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** A server action request as the browser sent it: its id, its page and its encoded arguments. */
export type CapturedAction = { id: string; path: string; contentType: string; body: Buffer };

/**
 * Runs `trigger` on `page` and captures the first server action request it makes, which is
 * aborted (nothing reaches the server), so it can be replayed as someone else. The page is
 * then reloaded, ready for use.
 */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  let resolveCaptured: (captured: CapturedAction) => void;
  const captured = new Promise<CapturedAction>((resolve) => (resolveCaptured = resolve));
  await page.route("**/*", async (route) => {
    const request = route.request();
    const id = request.headers()["next-action"];
    if (request.method() !== "POST" || !id) return route.fallback();
    resolveCaptured({
      id,
      path: new URL(request.url()).pathname,
      contentType: request.headers()["content-type"] ?? "",
      body: request.postDataBuffer() ?? Buffer.alloc(0),
    });
    await route.abort();
  });
  await trigger();
  const result = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.reload(); // the aborted request left the page on its error screen
  return result;
}

/** The captured body with some form fields replaced (fields are named like `1_email`). */
export async function withFields(action: CapturedAction, fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  if (!action.contentType.startsWith("multipart/form-data")) throw new Error(`Cannot edit a ${action.contentType} action body`);
  const form = await new Response(new Uint8Array(action.body), { headers: { "Content-Type": action.contentType } }).formData();
  for (const [suffix, value] of Object.entries(fields)) {
    const name = [...form.keys()].find((key) => key === suffix || key.endsWith(`_${suffix}`));
    if (!name) throw new Error(`The action has no field ${suffix}: ${[...form.keys()].join(", ")}`);
    form.set(name, value);
  }
  const encoded = new Response(form);
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

export type Replay = {
  cookie?: string;
  /** The Origin header: the site's own by default, `null` to send none. */
  origin?: string | null;
  body?: Buffer;
  contentType?: string;
  from?: string;
  headers?: Record<string, string>;
  headersOnly?: boolean;
};

/** Sends a captured action again, as Next.js's client would, with the given cookie and Origin. */
export function replayAction(action: CapturedAction, replay: Replay = {}): Promise<RawResponse> {
  return send({
    method: "POST",
    path: action.path,
    from: replay.from,
    headersOnly: replay.headersOnly,
    headers: {
      Accept: "text/x-component",
      "Next-Action": action.id,
      "Content-Type": replay.contentType ?? action.contentType,
      Origin: replay.origin === null ? undefined : (replay.origin ?? origin),
      Cookie: replay.cookie,
      ...replay.headers,
    },
    body: replay.body ?? action.body,
  });
}

/**
 * What an action's response says: an error state or a redirect to sign-in (refused), or a
 * saved state or another redirect (done). Next answers a refused Origin with an error status.
 */
export function actionOutcome(response: RawResponse): "allowed" | "refused" {
  if (response.status >= 400) return "refused";
  const redirect = String(response.headers["x-action-redirect"] ?? response.headers.location ?? "");
  if (redirect) return redirect.startsWith("/signin") ? "refused" : "allowed";
  if (/"status":"saved"/.test(response.text)) return "allowed";
  return "refused";
}
