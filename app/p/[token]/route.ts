import { getTranslations } from "next-intl/server";
import { getPublicReportByToken } from "@/db/queries/public-links";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { isAppError } from "@/lib/errors";
import { reportContentSecurityPolicy, reportHtmlChunks } from "@/lib/export/report-html";

/**
 * `GET /p/<token>`: an investigation's public report for anyone holding a public link, with no
 * sign-in (proxy.ts lets exactly this path through). The token is the only credential: the
 * route looks it up itself and answers 404 alike for a token that never existed, was revoked
 * or has expired. The page is the standalone HTML report (approved claims only, with the
 * ClaimReview JSON-LD in its head), under the report's own CSP plus `sandbox`, never cached
 * (a revoked link must stop working at once), not indexed unless the editor allowed it, and
 * it sends no Referer (the token is in the address). The report speaks the investigation's
 * report language; the answers without a report, the visitor's (their language cookie or
 * browser), since no investigation is known then.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const headers = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  };
  try {
    const { doc, indexable } = await getPublicReportByToken({ token });
    return new Response([...reportHtmlChunks(doc)].join(""), {
      headers: {
        ...headers,
        "X-Robots-Tag": indexable ? "all" : headers["X-Robots-Tag"],
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": `${reportContentSecurityPolicy}; frame-ancestors 'none'; sandbox`,
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return new Response((await getTranslations("Report"))("publicLink.notFound"), {
        status: 404,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
      });
    if (isDatabaseUnavailable(error))
      return new Response((await getTranslations("Report"))("publicLink.unavailable"), {
        status: 503,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" },
      });
    throw error;
  }
}
