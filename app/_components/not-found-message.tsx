import Link from "next/link";
import { useTranslations } from "next-intl";

/** What a missing page says: its heading, why, and the way back. The caller supplies the landmark. */
export function NotFoundMessage() {
  const t = useTranslations("Errors");
  return (
    <div className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-stone-600">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-accent-700 underline">
        {t("backToInvestigations")}
      </Link>
    </div>
  );
}
