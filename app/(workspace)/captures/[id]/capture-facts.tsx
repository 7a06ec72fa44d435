import { getTranslations } from "next-intl/server";
import type { CaptureView } from "@/db/queries/captures";
import { isHttpUrl } from "@/lib/validation/fields";

/** What a capture records about itself: the addresses asked for and reached, the HTTP status, the time (UTC) and the two SHA-256s. */
export async function CaptureFacts({ capture, capturedAt }: { capture: CaptureView; capturedAt: string | null }) {
  const t = await getTranslations("Captures.page");
  const rows: Array<[string, React.ReactNode]> = [
    [t("requested"), <Address key="requested" url={capture.url} />],
    [t("final"), capture.finalUrl ? <Address key="final" url={capture.finalUrl} /> : null],
    [t("httpStatus"), capture.httpStatus === null ? null : String(capture.httpStatus)],
    [t("capturedAt"), capturedAt ? <time dateTime={capture.capturedAt ?? undefined}>{capturedAt}</time> : null],
    [t("archiveHash"), capture.sha256 ? <Hash key="archive" value={capture.sha256} /> : null],
    [t("textHash"), capture.textSha256 ? <Hash key="text" value={capture.textSha256} /> : null],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid="capture-facts">
      {rows
        .filter(([, value]) => value !== null)
        .map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-stone-600">{term}</dt>
            <dd className="mb-1 min-w-0 break-words sm:mb-0">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** An address as text, a link only when it is http(s), opened without telling the site where from. */
function Address({ url }: { url: string }) {
  return isHttpUrl(url) ? (
    <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-accent-700 underline">
      {url}
    </a>
  ) : (
    <span className="break-all">{url}</span>
  );
}

function Hash({ value }: { value: string }) {
  return <code className="break-all font-mono text-xs">{value}</code>;
}
