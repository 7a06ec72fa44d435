import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import { isClaimStatus } from "./claim-status";
import { isEvidenceStance } from "./evidence";
import { defaultRatingScale, findRating, type Rating } from "./rating-scale";

/**
 * A claim's history as sentences for its timeline, in the reader's language (the `history`
 * messages of the `Checking` catalogue). Each sentence follows the actor's name ("Ana" +
 * " changed the status from open to in review"), is plain text (escape it like any text; it
 * may quote what people typed) and shows old → new values for updates. What people typed is
 * quoted as written, never translated.
 *
 * Event data follows db/schema.ts: `{ field: [old, new] }` for a change, or the values of
 * what was created or removed. Ids (`...Id` fields) are never shown.
 */
export type HistoryEvent = { action: string; data: Record<string, unknown> | null };

type T = ReturnType<typeof translator<"Checking">>;
type Describe = (data: Record<string, unknown>, scale: readonly Rating[], t: T) => string;

/**
 * One short sentence for `event` in `locale` (English when omitted). Labels of verdicts come
 * from `scale` (the default scale when omitted); an unknown verdict key is shown as words
 * ("pants-on-fire" → "pants on fire"). An action this module does not know reads as its own
 * name in words, with any changes appended ("source.text-replaced" → "source text
 * replaced"). Never throws, for any data.
 */
export function describeEvent(event: HistoryEvent, scale: readonly Rating[] = defaultRatingScale, locale: Locale = "en"): string {
  const t = translatorOf(locale);
  const data = event.data !== null && typeof event.data === "object" ? event.data : {};
  const describe = describers.get(event.action);
  if (describe) return describe(data, scale, t);
  const changes = describeChanges(data, t, (_field, value) => quoted(value, t));
  if (changes) return `${words(event.action)}: ${changes}`;
  return text(data.title) ? `${words(event.action)}: ${quoted(data.title, t)}` : words(event.action) || t("history.madeChange");
}

const translators = new Map<Locale, T>();
/** One translator per language, made once: a long history describes hundreds of events. */
function translatorOf(locale: Locale): T {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = translator(locale, "Checking")));
  return t;
}

const describers = new Map<string, Describe>(
  Object.entries({
    "claim.created": (data, _scale, t) => (text(data.exact) ? t("history.claimCreated", { exact: quoted(data.exact, t) }) : t("history.claimCreatedPlain")),
    "claim.deleted": (data, _scale, t) => (text(data.exact) ? t("history.claimDeleted", { exact: quoted(data.exact, t) }) : t("history.claimDeletedPlain")),
    "claim.span-changed": (data, _scale, t) => {
      const exact = changeOf(data.exact);
      // An orphan (its words gone from a newer version) given new words by a reviewer.
      if (data.reattached === true && exact) return t("history.reattached", { from: quoted(exact[0], t), to: quoted(exact[1], t) });
      if (exact && text(exact[0]) !== text(exact[1])) return t("history.movedWords", { from: quoted(exact[0], t), to: quoted(exact[1], t) });
      const start = changeOf(data.start);
      const end = changeOf(data.end);
      if (start && end)
        return t("history.movedCharacters", {
          fromStart: String(text(start[0])),
          fromEnd: String(text(end[0])),
          toStart: String(text(start[1])),
          toEnd: String(text(end[1])),
        });
      return changeOf(data.sourceVersionId) ? t("history.movedToNewerVersion") : t("history.moved");
    },
    "claim.status-changed": (data, _scale, t) => {
      const status = changeOf(data.status);
      if (!status) return t("history.statusChangedPlain");
      const note = text(data.approvalNote);
      const disagreement = text(data.disagreement);
      const noted = note ? t("history.noting", { note: quoted(note, t) }) + (disagreement ? ` (${clip(disagreement, 160)})` : "") : "";
      return t("history.statusChanged", { from: statusWords(status[0], t), to: statusWords(status[1], t) }) + noted;
    },
    "claim.reopened": (data, _scale, t) => {
      const status = changeOf(data.status);
      const approvedBy = text(data.approvedBy);
      const approvedOn = text(data.approvedAt)?.slice(0, 10);
      const approval = approvedBy
        ? approvedOn
          ? t("history.approvedByOn", { name: approvedBy, date: approvedOn })
          : t("history.approvedBy", { name: approvedBy })
        : "";
      return t("history.reopened") + approval + (status ? t("history.backTo", { status: statusWords(status[1], t) }) : "");
    },
    "claim.verdict-set": (data, scale, t) => verdictSentence(data.verdict, scale, t, "verdict"),
    "claim.rationale-changed": (data, _scale, t) => {
      const rationale = changeOf(data.rationale);
      if (!rationale) return t("history.rationaleEditedPlain");
      if (!text(rationale[0])) return t("history.rationaleWritten", { to: quoted(rationale[1], t) });
      if (!text(rationale[1])) return t("history.rationaleCleared", { from: quoted(rationale[0], t) });
      return t("history.rationaleEdited", { from: quoted(rationale[0], t), to: quoted(rationale[1], t) });
    },
    "claim.statement-changed": (data, _scale, t) => fieldSentence("statement", data.statement, t),
    "claim.claimant-changed": (data, _scale, t) => fieldSentence("claimant", data.claimant, t),
    "claim.published-url-changed": (data, _scale, t) => fieldSentence("publishedUrl", data.publishedUrl, t),
    "claim.assigned": (data, _scale, t) => {
      const assignee = changeOf(data.assignee);
      const [before, after] = assignee ? [text(assignee[0]), text(assignee[1])] : [null, text(data.assignee)];
      if (after && before) return t("history.reassigned", { from: before, to: after });
      if (after) return t("history.assigned", { to: after });
      if (before) return t("history.unassigned", { from: before });
      return t("history.assignedPlain");
    },
    "claim.due-date-set": (data, _scale, t) => {
      const due = changeOf(data.dueAt);
      const [before, after] = due ? [text(due[0]), text(due[1])] : [null, null];
      if (after && before) return t("history.dueMoved", { from: before, to: after });
      if (after) return t("history.dueSet", { to: after });
      if (before) return t("history.dueCleared", { from: before });
      return t("history.duePlain");
    },
    "evidence.added": (data, _scale, t) => evidenceSentence("added", data, t),
    "evidence.removed": (data, _scale, t) => evidenceSentence("removed", data, t),
    "evidence.deleted": (data, _scale, t) => evidenceSentence("removed", data, t),
    "evidence.updated": (data, _scale, t) => {
      const changes = describeChanges(data, t, (field, value) =>
        field === "quote" ? quoted(value, t) : field === "stance" ? stanceWords(value, t) : plain(value, t),
      );
      return changes ? t("history.evidenceUpdated", { changes }) : t("history.evidenceUpdatedPlain");
    },
    "source.details-changed": (data, _scale, t) => {
      const changes = describeChanges(data, t, (_field, value) => quoted(value, t));
      return changes ? t("history.sourceDetailsChanged", { changes }) : t("history.sourceDetailsChangedPlain");
    },
    "comment.added": (data, _scale, t) => (text(data.body) ? t("history.commented", { body: quoted(data.body, t) }) : t("history.commentedPlain")),
    "comment.updated": (data, _scale, t) => {
      const body = changeOf(data.body);
      return body ? t("history.commentEdited", { from: quoted(body[0], t), to: quoted(body[1], t) }) : t("history.commentEditedPlain");
    },
    "comment.removed": (data, _scale, t) => commentDeleted(data, t),
    "comment.deleted": (data, _scale, t) => commentDeleted(data, t),
    "assessment.recorded": (data, scale, t) => verdictSentence(data.verdict, scale, t, "assessment"),
  } satisfies Record<string, Describe>),
);

/** The fields of events named in words; any other field is shown as its own name in words. */
const namedFields = ["url", "outlet", "quote", "stance", "accessedAt", "exact", "title", "publishedAt"] as const;

function fieldName(field: string, t: T): string {
  return (namedFields as readonly string[]).includes(field) ? t(`history.fields.${field as (typeof namedFields)[number]}`) : words(field);
}

/** "stance from supports to refutes; link from nothing to https://…", over the `[old, new]` fields that are not ids. */
function describeChanges(data: Record<string, unknown>, t: T, show: (field: string, value: unknown) => string): string {
  return Object.entries(data)
    .filter(([field]) => !/(^id|Id)$/.test(field))
    .flatMap(([field, value]) => {
      const change = changeOf(value);
      return change ? [t("history.change", { field: fieldName(field, t), from: show(field, change[0]), to: show(field, change[1]) })] : [];
    })
    .join("; ");
}

function verdictSentence(value: unknown, scale: readonly Rating[], t: T, whose: "verdict" | "assessment"): string {
  const change = changeOf(value);
  const [before, after] = change ? [text(change[0]), text(change[1])] : [null, text(value)];
  if (before && after) return t(`history.${whose}Changed`, { from: verdictLabel(before, scale), to: verdictLabel(after, scale) });
  if (after) return t(`history.${whose}Set`, { verdict: verdictLabel(after, scale) });
  if (before) return t(`history.${whose}Cleared`, { from: verdictLabel(before, scale) });
  return t(`history.${whose}ChangedPlain`);
}

function evidenceSentence(action: "added" | "removed", data: Record<string, unknown>, t: T): string {
  const stance = isEvidenceStance(data.stance) ? ` (${stanceWords(data.stance, t)})` : "";
  const where = text(data.url) ?? text(data.outlet);
  return `${t(`history.evidence.${action}`)}${stance}${where ? `: ${clip(where, 120)}` : ""}`;
}

function commentDeleted(data: Record<string, unknown>, t: T): string {
  return text(data.body) ? t("history.commentDeleted", { body: quoted(data.body, t) }) : t("history.commentDeletedPlain");
}

function verdictLabel(key: string, scale: readonly Rating[]): string {
  return findRating(scale, key)?.label ?? words(key);
}

function statusWords(value: unknown, t: T): string {
  return isClaimStatus(value) ? t(`status.${value}`).toLowerCase() : plain(value, t);
}

function stanceWords(value: unknown, t: T): string {
  return isEvidenceStance(value) ? t(`stance.${value}`).toLowerCase() : plain(value, t);
}

/** `[old, new]` when `value` is a change pair, else null. */
function changeOf(value: unknown): [unknown, unknown] | null {
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;
}

/** The value as text, or null when it is missing or empty. */
function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

function plain(value: unknown, t: T): string {
  const shown = text(value);
  return shown === null ? t("history.nothing") : clip(shown, 120);
}

/** What someone typed, in quotation marks, on one line and cut to a readable length. */
function quoted(value: unknown, t: T): string {
  const shown = text(value);
  return shown === null ? t("history.nothing") : `“${clip(shown.replace(/\s+/g, " ").trim(), 80)}”`;
}

function clip(value: string, max: number): string {
  const characters = [...value];
  return characters.length > max
    ? `${characters
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`
    : value;
}

/** "claim.span-changed" → "claim span changed"; "accessedAt" → "accessed at". */
function words(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[._-]+/g, " ")
    .trim()
    .toLowerCase();
}

/** "set the statement to “…”", "changed the claimant from “A” to “B”", "cleared the published address (was “…”)". */
function fieldSentence(field: "statement" | "claimant" | "publishedUrl", change: unknown, t: T): string {
  const values = changeOf(change);
  if (!values) return t("history.fieldChangedPlain", { field });
  if (!text(values[0])) return t("history.fieldSet", { field, to: quoted(values[1], t) });
  if (!text(values[1])) return t("history.fieldCleared", { field, from: quoted(values[0], t) });
  return t("history.fieldChanged", { field, from: quoted(values[0], t), to: quoted(values[1], t) });
}
