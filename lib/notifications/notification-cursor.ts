/**
 * The cursor of the notifications list: the time and id of the last notification of a page,
 * as an opaque URL-safe string (keyset pagination, so notifications arriving meanwhile never
 * shift a page). It grants nothing: the list is always the caller's own.
 */
export type NotificationCursor = { at: string; id: string };

/** The cursor after a notification made `at`, with `id`. */
export function encodeNotificationCursor({ at, id }: NotificationCursor): string {
  return Buffer.from(JSON.stringify([at, id]), "utf8").toString("base64url");
}

/** The cursor a client sent back, or null when it is not one of ours (the caller answers INVALID at `cursor`). */
export function decodeNotificationCursor(text: string): NotificationCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    return typeof at === "string" && typeof id === "string" && at && id ? { at, id } : null;
  } catch {
    return null;
  }
}
