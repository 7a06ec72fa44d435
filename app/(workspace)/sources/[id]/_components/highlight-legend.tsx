import { useTranslations } from "next-intl";
import { verdictTones } from "@/lib/checking/verdict-colours";

/** What the highlight colours mean: one swatch per verdict tone (the table badges and reports read too), and the dotted suggestion underline. */
export function HighlightLegend() {
  const t = useTranslations("Reader");
  return (
    <ul aria-label={t("highlightColours")} className="mb-4 flex flex-wrap gap-3 text-xs text-stone-600">
      {verdictTones.map((tone) => (
        <li key={tone}>
          <span data-testid={`legend-${tone}`} className={`mr-1 inline-block h-3 w-3 rounded-sm align-middle verdict-tone-${tone}`} />
          {t(`legend.${tone}`)}
        </li>
      ))}
      <li>
        <span className="mr-1 inline-block border-b-2 border-dotted border-stone-500 align-middle">{t("legendSample")}</span> {t("suggestion")}
      </li>
    </ul>
  );
}
