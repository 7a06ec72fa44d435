import fs from "node:fs";
import { env } from "./env";

/**
 * Security events, one JSON object per line (OWASP ASVS 16.2, 16.3, 16.4): sign-in success,
 * failure and throttling, sign-out, refused session cookies and CSRF tokens, access denied,
 * exports, and changes to accounts and API tokens. JSON encoding makes a line break, an ANSI
 * escape or a fake `{"level":…}` inside a logged value stay inside its field; U+2028/U+2029,
 * which JSON leaves as they are, are escaped too. Passwords, cookies, tokens and CSRF values
 * are never passed in, and any field is cut at 200 characters.
 *
 * Written to the file named by SECURITY_LOG, or to standard error (so that command-line
 * tools keep standard output for what they print, such as a new API token).
 */
export type SecurityEvent = {
  event:
    | "sign-in"
    | "sign-in-throttled"
    | "sign-out"
    | "session-refused"
    | "csrf-refused"
    | "token-refused"
    | "access-denied"
    | "export"
    | "account-changed"
    | "api-token-changed";
  outcome: "success" | "failure" | "refused";
  /** The acting account, when known. */
  userId?: string | null;
  /** For sign-in: the email that was tried (it may name no account). */
  email?: string;
  /** The client address, as trusted for sign-in throttling. */
  address?: string;
  /** What was acted on: `POST /api/v1/…`, an investigation id, an account id. */
  target?: string;
  /** A short reason or detail: the refusal's code, the export format, the account change. */
  detail?: string;
  /** Sampled events: how many like it were left out since the last one logged. */
  suppressed?: number;
};

const maxFieldLength = 200;

function clip(value: unknown): unknown {
  return typeof value === "string" && value.length > maxFieldLength ? `${value.slice(0, maxFieldLength)}…` : value;
}

/** An IPv4 client seen through an IPv6 socket (`::ffff:203.0.113.7`) is logged as IPv4. */
const ipv4Mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The event as one line: the time in UTC first, then the event's fields, JSON-encoded. */
export function formatSecurityEvent(event: SecurityEvent, at: Date): string {
  const address = event.address?.replace(ipv4Mapped, "$1");
  const fields = Object.fromEntries(
    Object.entries({ ...event, address })
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, clip(value)]),
  );
  return JSON.stringify({ time: at.toISOString(), kind: "security", ...fields })
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export class SecurityLog {
  /** Per sampling key: when the last line was written and how many were left out since. */
  private readonly sampled = new Map<string, { loggedAt: number; suppressed: number }>();

  constructor(
    private readonly write: (line: string) => void,
    private readonly now: () => number = Date.now,
    private readonly sampleWindowMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  record(event: SecurityEvent): void {
    this.write(formatSecurityEvent(event, new Date(this.now())));
  }

  /**
   * Records at most one event per `key` in each sampling window, carrying the count of those
   * left out: a burst of a thousand refused attempts from one address writes a few lines.
   */
  recordSampled(key: string, event: SecurityEvent): void {
    const now = this.now();
    const seen = this.sampled.get(key);
    if (seen && now - seen.loggedAt < this.sampleWindowMs) {
      seen.suppressed++;
      return;
    }
    this.sampled.delete(key);
    this.sampled.set(key, { loggedAt: now, suppressed: 0 });
    if (this.sampled.size > this.maxKeys) this.sampled.delete(this.sampled.keys().next().value!);
    this.record(seen?.suppressed ? { ...event, suppressed: seen.suppressed } : event);
  }
}

const globalForLog = globalThis as unknown as { corroborateSecurityLog?: SecurityLog };

/** The process's security log (shared by every bundle, like the sign-in throttle). */
export function securityLog(): SecurityLog {
  globalForLog.corroborateSecurityLog ??= new SecurityLog((line) => {
    const file = env.securityLogFile;
    try {
      if (file) return fs.appendFileSync(file, `${line}\n`);
    } catch {
      // A log that cannot be written must not fail the request: the line goes to stderr.
    }
    process.stderr.write(`${line}\n`);
  });
  return globalForLog.corroborateSecurityLog;
}
