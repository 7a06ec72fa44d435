import { getTranslations } from "next-intl/server";

/** "View capture" (the captured text and screenshot inside the workspace) and the WACZ archive as a plain download, with where it opens. */
export async function CaptureFileLinks({ captureId, withView = true }: { captureId: string; withView?: boolean }) {
  const t = await getTranslations("Captures");
  return (
    <div className="min-w-0 space-y-1 text-xs">
      {withView ? (
        <p>
          <a href={`/captures/${captureId}`} className="font-medium text-accent-700 underline">
            {t("view")}
          </a>
        </p>
      ) : null}
      <p>
        <a href={`/api/captures/${captureId}/archive`} download className="text-accent-700 underline">
          {t("download")}
        </a>
      </p>
      <p className="text-stone-500">{t("downloadNote")}</p>
    </div>
  );
}
