import { hasRole, type Role } from "./roles";

/**
 * Who may do what, as pure functions of the acting user. Every server action, route
 * handler and CLI command calls these itself; the UI only uses them to hide controls.
 */
/** Who is acting; `locale` is their chosen interface language (null: their browser's). */
export type Actor = { id: string; email: string; name: string; role: Role; locale?: string | null };

/** Reviewers gather and read sources; editors also manage investigations. */
export function canManageInvestigations(actor: Actor): boolean {
  return hasRole(actor.role, "editor");
}

export function canAddSource(actor: Actor): boolean {
  return hasRole(actor.role, "reviewer");
}

/** A source's title, outlet, address and publication date: its creator, or any editor. */
export function canEditSourceDetails(actor: Actor, source: { createdBy: string }): boolean {
  return hasRole(actor.role, "editor") || source.createdBy === actor.id;
}

export function canDeleteSource(actor: Actor): boolean {
  return hasRole(actor.role, "editor");
}

export function canManagePeople(actor: Actor): boolean {
  return actor.role === "admin";
}

/** An admin may not disable or demote themselves: the workspace would lose its last way in. */
export function canChangeAccount(actor: Actor, targetUserId: string): boolean {
  return canManagePeople(actor) && actor.id !== targetUserId;
}

/**
 * The workspace search finds things in the investigations a person may read: every signed-in
 * role reads every investigation (as the investigation list shows them), so every role searches
 * all of them. A rule that narrows reading must narrow this too (db/queries/search.ts).
 */
export function canSearchWorkspace(actor: Actor): boolean {
  return hasRole(actor.role, "reviewer");
}

/** Anyone may highlight claims; each reviewer changes their own, editors change anyone's. */
export function canCreateClaim(actor: Actor): boolean {
  return hasRole(actor.role, "reviewer");
}

export function canEditClaim(actor: Actor, claim: { createdBy: string }): boolean {
  return hasRole(actor.role, "editor") || claim.createdBy === actor.id;
}

/** Import sets statuses and verdicts of many claims at once: editors only. */
export function canImportAnnotations(actor: Actor): boolean {
  return hasRole(actor.role, "editor");
}

/** An investigation's webhooks send its changes outside the workspace: editors add, see and remove them. */
export function canManageWebhooks(actor: Actor): boolean {
  return hasRole(actor.role, "editor");
}
