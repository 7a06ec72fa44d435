import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import { showMentionsAsNames } from "./mentions";

/**
 * What a person reads in their bell and on the notifications page: one line saying what
 * happened and who did it, the words it is about, and where it leads (the claim in its
 * source, else the fact, else the investigation). Written in the reader's interface language
 * (`locale`, English unless given); the words quoted are people's own and stay as written.
 * Plain text: the page escapes it.
 */
export type DescribedNotificationInput = {
  kind: "assigned" | "mentioned" | "approved" | "reopened" | "conflict";
  actor: { name: string } | null;
  investigation: { id: string; title: string };
  claim: { id: string; sourceId: string; exact: string } | null;
  fact: { id: string; title: string } | null;
  excerpt: string | null;
};

export type DescribedNotification = { title: string; detail: string; href: string };

const quoted = (text: string, max = 120) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

export function describeNotification(item: DescribedNotificationInput, locale: Locale = "en"): DescribedNotification {
  const t = translator(locale, "Notifications");
  const who = item.actor?.name || t("someone");
  const claimWords = item.claim ? quoted(item.claim.exact) : t("aClaim");
  const href = item.claim
    ? `/sources/${item.claim.sourceId}?claim=${item.claim.id}`
    : item.fact
      ? `/facts/${item.fact.id}`
      : `/investigations/${item.investigation.id}`;
  switch (item.kind) {
    case "assigned":
      return { title: t("kinds.assigned", { who }), detail: claimWords, href };
    case "mentioned":
      return { title: t("kinds.mentioned", { who }), detail: item.excerpt ? showMentionsAsNames(item.excerpt) : claimWords, href };
    case "approved":
      return { title: t("kinds.approved", { who }), detail: claimWords, href };
    case "reopened":
      return { title: t("kinds.reopened", { who }), detail: claimWords, href };
    case "conflict":
      return {
        title: item.fact ? t("kinds.conflict", { fact: quoted(item.fact.title, 80) }) : t("kinds.conflictInAFact"),
        detail: item.excerpt ?? "",
        href: item.fact ? `/facts/${item.fact.id}` : href,
      };
  }
}
