/**
 * Whether an error means the database cannot be reached or is refusing connections (down,
 * restarting, wrong address or credentials), as opposed to a query that failed. Looks at the
 * error and its causes (Drizzle wraps the driver's error): network error codes and
 * PostgreSQL's connection, startup and authentication SQLSTATEs.
 */
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
const sqlStatePrefixes = ["08", "57P", "28", "3D000", "53300"];
const driverMessages = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (networkCodes.has(code) || sqlStatePrefixes.some((prefix) => code.startsWith(prefix)))) return true;
    if (driverMessages.some((pattern) => pattern.test(current instanceof Error ? current.message : ""))) return true;
  }
  return false;
}

/** A connection string with its password replaced, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(a DATABASE_URL that is not a valid address)";
  }
}
