/**
 * The event actions that may notify someone (db/queries/event-fanout.ts decides whom). Every
 * other event — a claim created above all, the hottest write — is passed over before any
 * work is done.
 */
export const notifyingActions: ReadonlySet<string> = new Set([
  "claim.assigned",
  "comment.added",
  "comment.updated",
  "claim.status-changed",
  "claim.reopened",
  "claim.linked-to-fact",
  "claim.quantity-corrected",
  "claim.span-changed",
  "investigation.settings-changed",
]);

export const mayNotify = (action: string): boolean => notifyingActions.has(action);
