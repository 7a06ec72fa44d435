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

/** The scope of a storage key written by `draftKey`, or null for any other key. */
export function parseDraftKey(key: string): DraftScope | null {
  const parts = key.split(":");
  if (parts.length !== 6 || parts.slice(0, 3).join(":") !== prefix) return null;
  try {
    const [userId, claimId, form] = parts.slice(3).map(decodeURIComponent) as [string, string, string];
    return userId && claimId && form ? { userId, claimId, form } : null;
  } catch {
    return null;
  }
}

/** Which kind of form a draft belongs to, for My work to name it in the reader's language (MyWork.draftForms). */
export type DraftFormKind = "review" | "comment" | "assessment" | "evidence" | "notes";

export function draftFormKind(form: string): DraftFormKind {
  if (form === "review" || form === "comment" || form === "assessment") return form;
  if (form.startsWith("evidence")) return "evidence";
  return "notes";
}

/**
 * The drafts of `userId` among the stored `entries` (key → raw value), newest first, at most
 * `limit` claims, each claim once with the forms it has drafts of (for My work).
 */
export function recentDraftsOf(
  entries: Iterable<[string, string | null]>,
  userId: string,
  limit = 20,
): { claimId: string; forms: string[]; writtenAt: string }[] {
  const byClaim = new Map<string, { claimId: string; forms: string[]; writtenAt: string }>();
  for (const [key, raw] of entries) {
    const scope = parseDraftKey(key);
    const draft = scope?.userId === userId ? parseDraft(raw) : null;
    if (!scope || !draft) continue;
    const seen = byClaim.get(scope.claimId) ?? { claimId: scope.claimId, forms: [], writtenAt: draft.writtenAt };
    seen.forms.push(scope.form);
    if (draft.writtenAt > seen.writtenAt) seen.writtenAt = draft.writtenAt;
    byClaim.set(scope.claimId, seen);
  }
  return [...byClaim.values()].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt)).slice(0, limit);
}
