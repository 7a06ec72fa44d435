import { showMentionsAsNames } from "./mentions";

/**
 * What a person reads in their bell and on the notifications page: one line saying what
 * happened and who did it, the words it is about, and where it leads (the claim in its
 * source, else the fact, else the investigation). Plain text: the page escapes it.
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

export function describeNotification(item: DescribedNotificationInput): DescribedNotification {
  const who = item.actor?.name || "Someone";
  const claimWords = item.claim ? quoted(item.claim.exact) : "a claim";
  const href = item.claim
    ? `/sources/${item.claim.sourceId}?claim=${item.claim.id}`
    : item.fact
      ? `/facts/${item.fact.id}`
      : `/investigations/${item.investigation.id}`;
  switch (item.kind) {
    case "assigned":
      return { title: `${who} assigned you a claim`, detail: claimWords, href };
    case "mentioned":
      return { title: `${who} mentioned you in a comment`, detail: item.excerpt ? showMentionsAsNames(item.excerpt) : claimWords, href };
    case "approved":
      return { title: `${who} approved a claim`, detail: claimWords, href };
    case "reopened":
      return { title: `${who} reopened a claim`, detail: claimWords, href };
    case "conflict":
      return {
        title: `New conflict in the fact ${item.fact ? quoted(item.fact.title, 80) : ""}`.trim(),
        detail: item.excerpt ?? "",
        href: item.fact ? `/facts/${item.fact.id}` : href,
      };
  }
}
