"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass } from "@/app/_components/button-class";
import type { PersonApiTokenSummary } from "@/db/queries/api-tokens";
import { isLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "../../_components/format";
import { revokePersonTokensAction } from "./actions";

/**
 * Another person's API tokens, for an admin: name, created, last used and status (never the
 * token), with Revoke for each active one and Revoke all. The outcome is announced.
 */
export function PersonTokens({ person, tokens }: { person: { id: string; email: string }; tokens: PersonApiTokenSummary[] }) {
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const active = tokens.filter((token) => !token.isRevoked);
  const t = useTranslations("Settings");
  const locale = useLocale();
  const when = (iso: string) => formatDateTime(iso, isLocale(locale) ? locale : "en");
  const revoke = (tokenId: string | null) =>
    startTransition(async () => {
      const result = await revokePersonTokensAction(person.id, tokenId);
      setMessage(result.message);
    });
  if (tokens.length === 0) return <span className="text-stone-500">{t("peoplePage.tokensNone")}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-stone-700">
        {t("peoplePage.tokensActive", { active: active.length, total: tokens.length })}
        <span className="sr-only"> {t("peoplePage.tokensOf", { email: person.email })}</span>
      </summary>
      <ul aria-label={t("peoplePage.tokensOf", { email: person.email })} className="mt-2 space-y-2">
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center gap-2 text-xs">
            <span className="font-medium text-stone-900">
              <bdi>{token.name}</bdi>
            </span>
            <span className="text-stone-500">
              {t("token.created", { date: when(token.createdAt) })} ·{" "}
              {token.lastUsedAt ? t("token.lastUsed", { date: when(token.lastUsedAt) }) : t("token.neverUsed")}
            </span>
            {token.isRevoked ? (
              <span className="rounded-full bg-stone-200 px-2 py-0.5 font-medium text-stone-700">{t("token.revoked")}</span>
            ) : (
              <button
                type="button"
                disabled={isPending}
                aria-label={t("peoplePage.revokeTokenOf", { name: token.name, email: person.email })}
                className={buttonClass("secondary", "px-2 py-0.5 text-xs text-red-700")}
                onClick={() => revoke(token.id)}
              >
                {t("token.revoke")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {active.length > 1 ? (
        <button
          type="button"
          disabled={isPending}
          aria-label={t("peoplePage.revokeAllOf", { email: person.email })}
          className={buttonClass("secondary", "mt-2 px-2 py-0.5 text-xs text-red-700")}
          onClick={() => revoke(null)}
        >
          {t("peoplePage.revokeAll")}
        </button>
      ) : null}
      <p role="status" className="mt-1 text-xs text-stone-700">
        {message}
      </p>
    </details>
  );
}
