/**
 * Drafts of the checking panel's forms, kept in the browser so that switching to another
 * claim, reloading or a session that ended does not cost anyone their writing. Pure rules
 * here; the React hook (`useClaimDraft`) does the storage and the page events.
 *
 * A draft belongs to one account, one claim and one form: another person signed in on the
 * same browser never sees it. It keeps the version of the claim (or evidence item) the form
 * was opened at, so saving a restored draft after someone else's change is refused as a
 * conflict showing both, never written over theirs. It is cleared only when a save
 * succeeds; a refused, invalid or conflicting save keeps it.
 */
export type DraftScope = { userId: string; claimId: string; form: string };

export type ClaimDraft = {
  values: Record<string, string>;
  /** The version the form was opened at, or null for forms that add something new. */
  basedOn: string | null;
  /** When it was last written (ISO 8601). */
  writtenAt: string;
};

const prefix = "corroborate:draft:v1";

/** The storage key of one form's draft: account, claim and form, each escaped so no two scopes share a key. */
export function draftKey({ userId, claimId, form }: DraftScope): string {
  return [prefix, ...[userId, claimId, form].map(encodeURIComponent)].join(":");
}

/** Reads a stored draft; anything unreadable or of another shape is no draft. */
export function parseDraft(raw: string | null): ClaimDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const { values, basedOn, writtenAt } = value as Record<string, unknown>;
  if (!values || typeof values !== "object" || Array.isArray(values)) return null;
  const entries = Object.entries(values as Record<string, unknown>);
  if (!entries.every(([, field]) => typeof field === "string")) return null;
  if (!(basedOn === null || typeof basedOn === "string") || typeof writtenAt !== "string") return null;
  return { values: Object.fromEntries(entries) as Record<string, string>, basedOn, writtenAt };
}

/** Whether `values` differ from what is saved (`saved`), over the fields of `saved`. */
export function differsFromSaved(values: Record<string, string>, saved: Record<string, string>): boolean {
  return Object.keys(saved).some((field) => (values[field] ?? "") !== saved[field]);
}

/**
 * What to do with a draft found when a form opens: restore it when it differs from what is
 * saved now, otherwise drop it (it was saved, or holds nothing new).
 */
export function restoreDecision(draft: ClaimDraft | null, saved: Record<string, string>): "restore" | "drop" | "none" {
  if (!draft) return "none";
  return differsFromSaved(draft.values, saved) ? "restore" : "drop";
}

/** After a save: only a successful one clears the draft. */
export function draftAfterSave(status: "idle" | "saved" | "invalid" | "conflict" | "error"): "clear" | "keep" {
  return status === "saved" ? "clear" : "keep";
}

/** Whether a restored draft was written on an older version than the one saved now. */
export function isDraftBehind(draft: ClaimDraft, currentVersion: string | null): boolean {
  return draft.basedOn !== null && currentVersion !== null && draft.basedOn !== currentVersion;
}
