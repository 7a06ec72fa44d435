"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { exportFormatInfo } from "@/lib/export/formats";
import { exportFormats, type ExportAudience, type ExportFormat } from "@/lib/export/model";
import { useMenuPlacement } from "./use-menu-placement";

type Progress = { format: ExportFormat; claims: number | null; bytes: number } | null;

/** The file name from `Content-Disposition`, preferring the UTF-8 `filename*`. */
function fileNameOf(header: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? "")?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the ASCII name
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? "")?.[1] ?? fallback;
}

/** Who a report is for: the desk (everything) or the public (approved claims only). */
const audiences: readonly ExportAudience[] = ["internal", "public"];

/** The panel's width (Tailwind's w-72), narrowed to the screen on a phone. */
const menuWidth = 288;

/** "12 KB" / "1.5 MB" ("1,5 MB" in Spanish): a size as the reader's language writes numbers. */
function useMegabytes() {
  const t = useTranslations("Exports");
  const format = useFormatter();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t("kilobytes", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("megabytes", { size: format.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/**
 * The Export menu of an investigation or a source. Each format is fetched as a stream so
 * the menu can say how far a large export has got, then handed to the browser as a file.
 * Refusals (signed out, Chromium missing for PDF) are shown in words, never swallowed.
 * Every format comes for two audiences: internal (everything) or public (approved claims
 * only, nothing about the desk).
 */
export function ExportMenu({ endpoint, pdfAvailable, pdfHelp }: { endpoint: string; pdfAvailable: boolean; pdfHelp?: string }) {
  const t = useTranslations("Exports");
  const formatter = useFormatter();
  const megabytes = useMegabytes();
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [audience, setAudience] = useState<ExportAudience>("internal");
  const menuRef = useRef<HTMLDetailsElement>(null);
  // A long title wraps the header's buttons to the left edge: the panel must not hang off it.
  const placement = useMenuPlacement(menuRef, isOpen, menuWidth);

  async function download(format: ExportFormat) {
    setError(null);
    setDone(null);
    setProgress({ format, claims: null, bytes: 0 });
    try {
      const response = await fetch(`${endpoint}?format=${format}&audience=${audience}`, { credentials: "same-origin" });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? t("failedHttp", { status: response.status }));
      }
      const claims = Number(response.headers.get("X-Export-Claims") ?? "NaN");
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        parts.push(chunk.value as Uint8Array<ArrayBuffer>);
        bytes += chunk.value.byteLength;
        setProgress({ format, claims: Number.isFinite(claims) ? claims : null, bytes });
      }
      const name = fileNameOf(response.headers.get("Content-Disposition"), `export.${exportFormatInfo[format].extension}`);
      const url = URL.createObjectURL(new Blob(parts, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDone(t("saved", { name, size: megabytes(bytes) }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t("failed"));
    } finally {
      setProgress(null);
    }
  }

  return (
    <details ref={menuRef} className="relative" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className={buttonClass("secondary", "cursor-pointer list-none px-3 py-1.5 text-sm")}>{t("export")}</summary>
      <div
        data-testid="export-menu"
        style={placement}
        className="absolute right-0 z-20 mt-1 w-72 max-w-[calc(100vw-1rem)] rounded-lg border border-stone-200 bg-white p-2 shadow-lg"
      >
        <fieldset className="mb-2 border-b border-stone-200 px-2 pb-2">
          <legend className="text-xs font-medium text-stone-600">{t("reportFor")}</legend>
          {audiences.map((value) => (
            <label key={value} className="flex items-center gap-2 py-0.5 text-sm">
              <input type="radio" name="audience" value={value} checked={audience === value} onChange={() => setAudience(value)} />
              {t(value)}
            </label>
          ))}
        </fieldset>
        <ul aria-label={t("formats")} className="space-y-0.5">
          <li>
            <a
              href={`${endpoint}?format=html&view=1&audience=${audience}`}
              target="_blank"
              rel="noopener"
              className="block rounded px-2 py-1.5 text-sm hover:bg-stone-100"
            >
              {t("openReport")}
            </a>
          </li>
          {exportFormats.map((format) => (
            <li key={format}>
              <button
                type="button"
                disabled={progress !== null || (format === "pdf" && !pdfAvailable)}
                onClick={() => download(format)}
                className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 disabled:cursor-not-allowed disabled:text-stone-400"
              >
                {t(`formatLabels.${format}`)}
              </button>
              {format === "pdf" && !pdfAvailable ? <p className="px-2 pb-1 text-xs text-stone-600">{pdfHelp ?? t("pdfUnavailable")}</p> : null}
            </li>
          ))}
        </ul>
        <p role="status" className="px-2 pt-1 text-xs text-stone-600">
          {progress
            ? t(progress.claims !== null ? "exportingCount" : "exportingNoCount", {
                claims: progress.claims !== null ? formatter.number(progress.claims) : "",
                format: t(`formatLabels.${progress.format}`),
                progress: progress.bytes ? t("received", { size: megabytes(progress.bytes) }) : t("preparing"),
              })
            : done}
        </p>
        {error ? (
          <p role="alert" className="px-2 pt-1 text-xs font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
