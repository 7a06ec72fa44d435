import Link from "next/link";
import { formatDateTime } from "../../../_components/format";

/**
 * The versions of a source: read any earlier one (read-only, with the claims as they fall on
 * it) or compare it with the current one.
 */
export function VersionPicker({
  sourceId,
  versions,
  shownNumber,
  currentNumber,
}: {
  sourceId: string;
  versions: { number: number; createdAt: string; createdByName: string }[];
  shownNumber: number;
  currentNumber: number;
}) {
  if (versions.length < 2) return null;
  return (
    <div className="space-y-2">
      {shownNumber !== currentNumber ? (
        <p role="status" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          You are reading version {shownNumber} of {currentNumber}, read-only, with the claims as they fall on it.{" "}
          <Link href={`/sources/${sourceId}`} className="underline">
            Back to the current version
          </Link>{" "}
          ·{" "}
          <Link href={`/sources/${sourceId}/diff?from=${shownNumber}&to=${currentNumber}`} className="underline">
            What changed since
          </Link>
        </p>
      ) : null}
      <nav aria-label="Versions" className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <span className="font-medium">Versions:</span>
        {versions.map((version) => (
          <Link
            key={version.number}
            href={version.number === currentNumber ? `/sources/${sourceId}` : `/sources/${sourceId}?version=${version.number}`}
            aria-current={version.number === shownNumber ? "page" : undefined}
            title={`Saved by ${version.createdByName}, ${formatDateTime(version.createdAt)}`}
            className={`rounded-full border px-2 py-0.5 ${version.number === shownNumber ? "border-accent-600 bg-accent-50 text-accent-800" : "border-stone-300 hover:bg-stone-100"}`}
          >
            {version.number}
            {version.number === currentNumber ? " (current)" : ""}
          </Link>
        ))}
      </nav>
    </div>
  );
}
