/**
 * The drills' HTTP client for `/api/v1`: a bearer token, JSON in and out, the ETag, and
 * the time each answer took. `sendAfterTimeout` plays a client whose first attempt times
 * out: it gives up on the first request after a few milliseconds (whether or not the
 * server had finished) and sends exactly the same request again.
 */
export type ApiAnswer = {
  status: number;
  // The drills read fields of many response shapes; they check them as they go.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  etag: string | null;
  ms: number;
};

export type ApiRequest = { method: "GET" | "POST" | "PATCH" | "DELETE"; path: string; body?: unknown; ifMatch?: string };

export type Timing = { label: string; ms: number; status: number; at: number };

export class ApiClient {
  readonly timings: Timing[] = [];

  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  private init({ method, body, ifMatch }: ApiRequest, signal?: AbortSignal): RequestInit {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (ifMatch !== undefined) headers["If-Match"] = ifMatch;
    return { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal };
  }

  /** Sends one request and reads the whole answer; a network failure (server gone) throws. */
  async send(request: ApiRequest, label = `${request.method}`): Promise<ApiAnswer> {
    const started = performance.now();
    const response = await fetch(this.baseUrl + request.path, this.init(request));
    const text = await response.text();
    const ms = performance.now() - started;
    this.timings.push({ label, ms, status: response.status, at: Date.now() });
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: response.status, body, etag: response.headers.get("etag"), ms };
  }

  /**
   * The first attempt is abandoned `giveUpAfterMs` after it was sent (its answer, if one
   * came, is thrown away unread, as a client that timed out would); then the same request
   * is sent again and its answer returned. `firstAttempt` says whether the first one was cut
   * off or had already been answered.
   */
  async sendAfterTimeout(
    request: ApiRequest,
    giveUpAfterMs: number,
    label = `${request.method}`,
  ): Promise<{ answer: ApiAnswer; firstAttempt: "cut off" | "answered, answer dropped" }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), giveUpAfterMs);
    let firstAttempt: "cut off" | "answered, answer dropped" = "cut off";
    try {
      const response = await fetch(this.baseUrl + request.path, this.init(request, controller.signal));
      await untilAborted(response.arrayBuffer(), controller.signal);
      firstAttempt = "answered, answer dropped";
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      clearTimeout(timer);
    }
    return { answer: await this.send(request, label), firstAttempt };
  }
}

/**
 * `reading`, or a rejection as soon as `signal` aborts, whichever comes first. Node 20's
 * fetch (undici 6.24) can leave a body read pending forever when its signal aborts while a
 * gzip-encoded body is being decoded (nodejs/undici#4089; Next compresses API answers).
 * Reproduced outside the app: 20 clients aborting at random moments, 19 reads of 6,529
 * never settled. A drill client that hung there would look like a request never answered.
 */
export function untilAborted<T>(reading: Promise<T>, signal: AbortSignal): Promise<T> {
  reading.catch(() => undefined); // its late rejection, if any, is expected and dropped
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    reading.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Whether a 412/428 answer explains itself: the right code, a message, and (412) the newer version. */
export function isExplainedRefusal(answer: ApiAnswer, sentVersion?: number): boolean {
  const error = answer.body?.error;
  if (!error || typeof error.message !== "string" || error.message.length < 10) return false;
  if (answer.status === 428) return error.code === "PRECONDITION_REQUIRED";
  if (answer.status === 412) return error.code === "PRECONDITION_FAILED" && (sentVersion === undefined || Number(error.fields?.version) > sentVersion);
  return false;
}
