/**
 * One request the capturing browser made and the answer the server gave, as it will be
 * written to the WARC: a request record and a response record. A redirect is an exchange of
 * its own (each hop is one). Bodies are the decoded bytes (Content-Encoding undone), so the
 * response headers kept here no longer carry Content-Encoding, Transfer-Encoding or a stale
 * Content-Length (see http-headers.ts).
 */
export type Exchange = {
  url: string;
  /** ISO-8601 UTC, when the request was sent. */
  date: string;
  method: string;
  requestHeaders: [string, string][];
  requestBody: Buffer | null;
  status: number;
  statusText: string;
  responseHeaders: [string, string][];
  body: Buffer;
  /** The IP address the connection was pinned to (WARC-IP-Address). */
  address: string;
};
