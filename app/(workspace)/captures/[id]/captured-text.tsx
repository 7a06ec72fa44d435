import { getTranslations } from "next-intl/server";

/**
 * The captured page's readable text, as text (React escapes it): paragraphs as the capture
 * separated them. The page's HTML is never rendered in the workspace's origin.
 */
export async function CapturedText({ text }: { text: string }) {
  const t = await getTranslations("Captures.page");
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <section aria-labelledby="captured-text-heading" className="space-y-2">
      <h2 id="captured-text-heading" className="text-lg font-semibold">
        {t("text")}
      </h2>
      <p className="text-xs text-stone-500">{t("textNote")}</p>
      <div className="max-w-3xl space-y-3 rounded border border-stone-200 bg-white p-4 font-serif text-base leading-relaxed" data-testid="captured-text">
        {paragraphs.length === 0 ? (
          <p className="text-stone-500">{t("emptyText")}</p>
        ) : (
          paragraphs.map((paragraph, index) => (
            <p key={index} dir="auto" className="whitespace-pre-wrap break-words">
              {paragraph}
            </p>
          ))
        )}
      </div>
    </section>
  );
}
