import { claimStatusLabels, isClaimStatus } from "./claim-status";
import { evidenceStanceLabels, isEvidenceStance } from "./evidence";
import { defaultRatingScale, findRating, type Rating } from "./rating-scale";

/**
 * A claim's history as sentences for its timeline. Each sentence follows the actor's name
 * ("Ana" + " changed the status from open to in review"), is plain text (escape it like
 * any text; it may quote what people typed) and shows old → new values for updates.
 *
 * Event data follows db/schema.ts: `{ field: [old, new] }` for a change, or the values of
 * what was created or removed. Ids (`...Id` fields) are never shown.
 */
export type HistoryEvent = { action: string; data: Record<string, unknown> | null };

type Describe = (data: Record<string, unknown>, scale: readonly Rating[]) => string;

/**
 * One short sentence for `event`. Labels of verdicts come from `scale` (the default scale
 * when omitted); an unknown verdict key is shown as words ("pants-on-fire" → "pants on
 * fire"). An action this module does not know reads as its own name in words, with any
 * changes appended ("source.text-replaced" → "source text replaced"). Never throws, for
 * any data.
 */
export function describeEvent(event: HistoryEvent, scale: readonly Rating[] = defaultRatingScale): string {
  const data = event.data !== null && typeof event.data === "object" ? event.data : {};
  const describe = describers.get(event.action);
  if (describe) return describe(data, scale);
  const changes = describeChanges(data, (_field, value) => quoted(value));
  if (changes) return `${words(event.action)}: ${changes}`;
  return text(data.title) ? `${words(event.action)}: ${quoted(data.title)}` : words(event.action) || "made a change";
}

const describers = new Map<string, Describe>(
  Object.entries({
    "claim.created": (data) => (text(data.exact) ? `highlighted the claim ${quoted(data.exact)}` : "created the claim"),
    "claim.deleted": (data) => (text(data.exact) ? `deleted the claim ${quoted(data.exact)}` : "deleted the claim"),
    "claim.span-changed": (data) => {
      const exact = changeOf(data.exact);
      // An orphan (its words gone from a newer version) given new words by a reviewer.
      if (data.reattached === true && exact) return `re-attached to ${quoted(exact[1])} (its words ${quoted(exact[0])} were no longer in the text)`;
      if (exact && text(exact[0]) !== text(exact[1])) return `moved the highlight from ${quoted(exact[0])} to ${quoted(exact[1])}`;
      const start = changeOf(data.start);
      const end = changeOf(data.end);
      if (start && end) return `moved the highlight from characters ${text(start[0])}–${text(end[0])} to ${text(start[1])}–${text(end[1])}`;
      return changeOf(data.sourceVersionId) ? "moved the highlight to a newer version of the source" : "moved the highlight";
    },
    "claim.status-changed": (data) => {
      const status = changeOf(data.status);
      if (!status) return "changed the status";
      const note = text(data.approvalNote);
      const disagreement = text(data.disagreement);
      const noted = note ? `, noting ${quoted(note)}${disagreement ? ` (${clip(disagreement, 160)})` : ""}` : "";
      return `changed the status from ${statusWords(status[0])} to ${statusWords(status[1])}${noted}`;
    },
    "claim.reopened": (data) => {
      const status = changeOf(data.status);
      const approvedBy = text(data.approvedBy);
      const approvedOn = text(data.approvedAt)?.slice(0, 10);
      const approval = approvedBy ? ` (approved by ${approvedBy}${approvedOn ? ` on ${approvedOn}` : ""})` : "";
      return `reopened the approved claim${approval}${status ? `, back to ${statusWords(status[1])}` : ""}`;
    },
    "claim.verdict-set": (data, scale) =>
      verdictSentence(data.verdict, scale, { set: "set the verdict to", changed: "changed the verdict", cleared: "cleared the verdict" }),
    "claim.rationale-changed": (data) => {
      const rationale = changeOf(data.rationale);
      if (!rationale) return "edited the rationale";
      if (!text(rationale[0])) return `wrote the rationale: ${quoted(rationale[1])}`;
      if (!text(rationale[1])) return `cleared the rationale (was ${quoted(rationale[0])})`;
      return `edited the rationale from ${quoted(rationale[0])} to ${quoted(rationale[1])}`;
    },
    "claim.statement-changed": (data) => fieldSentence("statement", data.statement),
    "claim.claimant-changed": (data) => fieldSentence("claimant", data.claimant),
    "claim.published-url-changed": (data) => fieldSentence("published address", data.publishedUrl),
    "claim.assigned": (data) => {
      const assignee = changeOf(data.assignee);
      const [before, after] = assignee ? [text(assignee[0]), text(assignee[1])] : [null, text(data.assignee)];
      if (after && before) return `reassigned the claim from ${before} to ${after}`;
      if (after) return `assigned the claim to ${after}`;
      if (before) return `unassigned ${before} from the claim`;
      return "changed who the claim is assigned to";
    },
    "claim.due-date-set": (data) => {
      const due = changeOf(data.dueAt);
      const [before, after] = due ? [text(due[0]), text(due[1])] : [null, null];
      if (after && before) return `moved the due date from ${before} to ${after}`;
      if (after) return `set the due date to ${after}`;
      if (before) return `cleared the due date (was ${before})`;
      return "changed the due date";
    },
    "evidence.added": (data) => evidenceSentence("added evidence", data),
    "evidence.removed": (data) => evidenceSentence("removed evidence", data),
    "evidence.deleted": (data) => evidenceSentence("removed evidence", data),
    "evidence.updated": (data) => {
      const changes = describeChanges(data, (field, value) => (field === "quote" ? quoted(value) : field === "stance" ? stanceWords(value) : plain(value)));
      return changes ? `updated evidence: ${changes}` : "updated evidence";
    },
    "source.details-changed": (data) => {
      const changes = describeChanges(data, (_field, value) => quoted(value));
      return changes ? `changed the source's details: ${changes}` : "changed the source's details";
    },
    "comment.added": (data) => (text(data.body) ? `commented: ${quoted(data.body)}` : "commented"),
    "comment.updated": (data) => {
      const body = changeOf(data.body);
      return body ? `edited a comment from ${quoted(body[0])} to ${quoted(body[1])}` : "edited a comment";
    },
    "comment.removed": (data) => (text(data.body) ? `deleted a comment: ${quoted(data.body)}` : "deleted a comment"),
    "comment.deleted": (data) => (text(data.body) ? `deleted a comment: ${quoted(data.body)}` : "deleted a comment"),
    "assessment.recorded": (data, scale) =>
      verdictSentence(data.verdict, scale, {
        set: "recorded an independent verdict:",
        changed: "changed their independent verdict",
        cleared: "withdrew their independent verdict",
      }),
  } satisfies Record<string, Describe>),
);

const fieldNames: Record<string, string> = {
  url: "link",
  outlet: "outlet",
  quote: "quote",
  stance: "stance",
  accessedAt: "date accessed",
  exact: "text",
  title: "title",
  publishedAt: "publication date",
};

/** "stance from supports to refutes; link from nothing to https://…", over the `[old, new]` fields that are not ids. */
function describeChanges(data: Record<string, unknown>, show: (field: string, value: unknown) => string): string {
  return Object.entries(data)
    .filter(([field]) => !/(^id|Id)$/.test(field))
    .flatMap(([field, value]) => {
      const change = changeOf(value);
      return change ? [`${fieldNames[field] ?? words(field)} from ${show(field, change[0])} to ${show(field, change[1])}`] : [];
    })
    .join("; ");
}

function verdictSentence(value: unknown, scale: readonly Rating[], verbs: { set: string; changed: string; cleared: string }): string {
  const change = changeOf(value);
  const [before, after] = change ? [text(change[0]), text(change[1])] : [null, text(value)];
  if (before && after) return `${verbs.changed} from ${verdictLabel(before, scale)} to ${verdictLabel(after, scale)}`;
  if (after) return `${verbs.set} ${verdictLabel(after, scale)}`;
  if (before) return `${verbs.cleared} (was ${verdictLabel(before, scale)})`;
  return verbs.changed;
}

function evidenceSentence(verb: string, data: Record<string, unknown>): string {
  const stance = isEvidenceStance(data.stance) ? ` (${stanceWords(data.stance)})` : "";
  const where = text(data.url) ?? text(data.outlet);
  return `${verb}${stance}${where ? `: ${clip(where, 120)}` : ""}`;
}

function verdictLabel(key: string, scale: readonly Rating[]): string {
  return findRating(scale, key)?.label ?? words(key);
}

function statusWords(value: unknown): string {
  return isClaimStatus(value) ? claimStatusLabels[value].toLowerCase() : plain(value);
}

function stanceWords(value: unknown): string {
  return isEvidenceStance(value) ? evidenceStanceLabels[value].toLowerCase() : plain(value);
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

function plain(value: unknown): string {
  const shown = text(value);
  return shown === null ? "nothing" : clip(shown, 120);
}

/** What someone typed, in quotation marks, on one line and cut to a readable length. */
function quoted(value: unknown): string {
  const shown = text(value);
  return shown === null ? "nothing" : `“${clip(shown.replace(/\s+/g, " ").trim(), 80)}”`;
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
function fieldSentence(name: string, change: unknown): string {
  const values = changeOf(change);
  if (!values) return `changed the ${name}`;
  if (!text(values[0])) return `set the ${name} to ${quoted(values[1])}`;
  if (!text(values[1])) return `cleared the ${name} (was ${quoted(values[0])})`;
  return `changed the ${name} from ${quoted(values[0])} to ${quoted(values[1])}`;
}
