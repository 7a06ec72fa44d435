import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { listApiTokensByUser } from "@/db/queries/api-tokens";
import { isLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "../../_components/format";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("tokensPage.title") };
}

export default async function ApiTokensPage() {
  const actor = await requireActor();
  const tokens = await listApiTokensByUser({ actor });
  const t = await getTranslations("Settings");
  const locale = await getLocale();
  const when = (iso: string) => formatDateTime(iso, isLocale(locale) ? locale : "en");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("tokensPage.title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">
          {t.rich("tokensPage.intro", {
            code: (chunks) => <code className="rounded bg-stone-100 px-1">{chunks}</code>,
            reference: (chunks) => (
              <a className="text-accent-700 underline" href="/api/docs">
                {chunks}
              </a>
            ),
            openapi: (chunks) => (
              <a className="text-accent-700 underline" href="/api/v1/openapi.json">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-500">{t("tokensPage.none")}</p>
      ) : (
        <ul aria-label={t("tokensPage.yours")} className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <div>
                <div className="font-medium">
                  <bdi>{token.name}</bdi>
                </div>
                <div className="text-xs text-stone-500">
                  <code>{token.displayPrefix}…</code> · {t("token.created", { date: when(token.createdAt) })} ·{" "}
                  {token.lastUsedAt ? t("token.lastUsed", { date: when(token.lastUsedAt) }) : t("token.neverUsed")}
                </div>
              </div>
              {token.isRevoked ? (
                <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">{t("token.revoked")}</span>
              ) : (
                <RevokeTokenButton tokenId={token.id} name={token.name} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
