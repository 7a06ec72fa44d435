/**
 * Whether a POST to a page is a cross-site server action call, by the rule Next.js applies
 * before it runs an action (next/dist/server/app-render/action-handler.js): the Origin's host
 * must equal the first `X-Forwarded-Host`, else the `Host` header. A POST without Origin is
 * not judged here (browsers always send one; Next lets a hand-made request through, and the
 * action still checks the session). Returns the refused origin, or null when it may pass.
 *
 * Only POSTs that can be actions are judged: a `Next-Action` header (a call from the page's
 * script) or a form body (a form posted before the page's script ran).
 */
export type ActionRequestHeaders = {
  method: string;
  nextAction: string | null;
  contentType: string | null;
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
};

export function crossSiteActionOrigin({ method, nextAction, contentType, origin, host, forwardedHost }: ActionRequestHeaders): string | null {
  if (method !== "POST" || origin === null) return null;
  const isPossibleAction = nextAction !== null || /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType ?? "");
  if (!isPossibleAction) return null;
  const expectedHost = forwardedHost?.split(",")[0]?.trim() || host;
  return hostOf(origin) === expectedHost && expectedHost ? null : origin;
}

/** `null` for the opaque origin "null" or anything that is not a URL. */
function hostOf(origin: string): string | null {
  if (origin === "null") return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
