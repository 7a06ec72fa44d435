import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { caseName, casesOf, rowsOfKind, type AuthorizationCase, type Outcome, type SignedInRole } from "./authorization-table";

/**
 * The server-action half of the authorization matrix. Every action is called directly — as
 * Next.js would after decoding a POST, with no proxy in front — with each role's session
 * (Auth.js's `auth()` is replaced by one returning that session; everything after it is the
 * real code: `requireActor` re-reads the account, the query checks the permission). Each
 * case gets fresh objects; a refusal must leave every table exactly as it was, and an
 * allowed call must write.
 */
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sessionVersion: number } }));

vi.mock("@/app/(auth)/auth", () => ({
  auth: async () => session.current,
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  SignInThrottled: class SignInThrottled extends Error {},
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The request's cookies: the sign-in page's language switch writes only there.
const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({ cookies: async () => ({ set: (name: string, value: string) => cookieJar.set(name, value), get: () => undefined }) }));

import { signIn, signOut } from "@/app/(auth)/auth";
import { signInAction } from "@/app/(auth)/signin/actions";
import { chooseLanguageAction } from "@/app/(auth)/signin/language-actions";
import { signOutAction } from "@/app/(auth)/sign-out-actions";
import { clearQuantityCorrectionAction, correctQuantityAction } from "@/app/(workspace)/facts/[id]/actions";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(workspace)/notifications/actions";
import { importAnnotationsAction } from "@/app/(workspace)/import-actions";
import { setClaimFollowedAction, setFactFollowedAction } from "@/app/(workspace)/follow-actions";
import { saveFourEyesAction } from "@/app/(workspace)/investigations/[id]/four-eyes-actions";
import { saveDailyRecheckAction } from "@/app/(workspace)/investigations/[id]/daily-recheck-actions";
import { recaptureEvidenceAction, recheckCaptureAction, retryCaptureAction } from "@/app/(workspace)/captures/capture-actions";
import { listDraftClaimsAction } from "@/app/(workspace)/my-work-actions";
import { showMoreSearchResultsAction } from "@/app/(workspace)/search-actions";
import {
  createInvestigationAction,
  deleteInvestigationAction,
  renameInvestigationAction,
  saveInvestigationSettingsAction,
  saveReportLanguageAction,
} from "@/app/(workspace)/investigation-actions";
import { saveOrganisationAction } from "@/app/(workspace)/settings/organisation/actions";
import { createUserAction, resetPasswordAction, revokePersonTokensAction, setDisabledAction, setRoleAction } from "@/app/(workspace)/settings/people/actions";
import { saveProfileAction } from "@/app/(workspace)/settings/profile/actions";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(workspace)/settings/tokens/actions";
import { addWebhookAction, removeWebhookAction } from "@/app/(workspace)/webhook-actions";
import {
  createSourceAction,
  deleteSourceAction,
  importSourceFromUrlAction,
  updateSourceDetailsAction,
  updateSourceTextAction,
  uploadSourceAction,
} from "@/app/(workspace)/source-actions";
import { createClaimAction, deleteClaimAction, updateClaimSpanAction } from "@/app/(workspace)/sources/[id]/claim-actions";
import {
  addCommentAction,
  addEvidenceAction,
  removeCommentAction,
  recordAssessmentAction,
  removeEvidenceAction,
  saveClaimReviewAction,
  updateEvidenceAction,
} from "@/app/(workspace)/sources/[id]/checking-actions";
import { linkFactAction, unlinkFactAction } from "@/app/(workspace)/sources/[id]/fact-actions";
import { copyCheckedBeforeEvidenceAction, linkCheckedBeforeAction } from "@/app/(workspace)/sources/[id]/checked-before-actions";
import { saveClaimPublicationAction } from "@/app/(workspace)/sources/[id]/publication-actions";
import { createPublicLinkAction, revokePublicLinkAction, savePublishedAddressAction } from "@/app/(workspace)/investigations/[id]/publication-actions";
import { createPublicLink } from "@/db/queries/public-links";
import { idleFormState } from "@/app/_components/form-state";
import { createApiToken } from "@/db/queries/api-tokens";
import { updateClaimReview } from "@/db/queries/claim-review";
import { createClaim } from "@/db/queries/claims";
import { addComment } from "@/db/queries/comments";
import { addEvidence } from "@/db/queries/evidence";
import { getExportDocument } from "@/db/queries/export";
import { createFact, setQuantityCorrection } from "@/db/queries/facts";
import { createInvestigation, getInvestigationById } from "@/db/queries/investigations";
import { listNotificationsByUser } from "@/db/queries/notifications";
import { setOwnLocale } from "@/db/queries/profile";
import { createSource } from "@/db/queries/sources";
import { createWebhook } from "@/db/queries/webhooks";
import { createTestActor, installTestDatabase } from "@/db/test-database";
import { db } from "@/db/connection";
import { captures } from "@/db/schema";
import { eq } from "drizzle-orm";
import { fingerprintDatabase } from "@/db/test-fingerprint";
import { env } from "@/lib/env";
import { toAnnotationCollection } from "@/lib/export/web-annotation";
import { startTestServer, type TestServer } from "@/lib/import/test-servers";
import type { Actor } from "@/lib/permissions";
import { hasRole } from "@/lib/roles";
import { encodeSearchCursor } from "@/lib/validation/search";

let world: Record<SignedInRole | "otherReviewer" | "otherEditor", Actor>;
let pageServer: TestServer;

const text = "Officials counted over 200 deportees on Sunday. A later list named 238 Venezuelans and 23 Salvadorans.";
const phrase = "over 200 deportees";

// A fresh database and people per test: each case fingerprints every table before and after,
// so rows left by earlier rows of the matrix would make every later case slower.
beforeEach(async () => {
  await installTestDatabase();
  world = {
    reviewer: await createTestActor("reviewer"),
    editor: await createTestActor("editor"),
    admin: await createTestActor("admin"),
    otherReviewer: await createTestActor("reviewer"),
    otherEditor: await createTestActor("editor"),
  };
});

beforeAll(async () => {
  pageServer = await startTestServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<html><head><title>Flights</title></head><body><article><h1>Flights</h1><p>${text}</p><p>${text}</p></article></body></html>`);
  });
  env.importAllowHosts.push(pageServer.hostPort);
});

afterAll(async () => {
  await pageServer?.close();
});

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Who does what in a case: the actor (null when signed out) and who owns the objects. */
type Context = { actor: Actor | null; role: AuthorizationCase["role"]; relation: AuthorizationCase["relation"]; owner: Actor; investigationOwner: Actor };

const investigationBy = async (owner: Actor) =>
  (await createInvestigation({ actor: hasRole(owner.role, "editor") ? owner : world.otherEditor, input: { title: "Matrix" } })).id;
const sourceBy = (owner: Actor, investigationId: string) =>
  createSource({ actor: owner, investigationId, input: { title: "Wire", url: `https://wire.example/${crypto.randomUUID()}`, text } });
const claimBy = (owner: Actor, source: { id: string; currentVersionId: string }, words = phrase) =>
  createClaim({
    actor: owner,
    sourceId: source.id,
    sourceVersionId: source.currentVersionId,
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
  });
/** A claim by `owner` in a fresh investigation (and source) of `investigationOwner`. */
async function claimOf(context: Context, owner = context.owner) {
  const investigationId = await investigationBy(context.investigationOwner);
  const source = await sourceBy(owner, investigationId);
  return { investigationId, source, claim: await claimBy(owner, source) };
}

/** Gives the claim evidence, a verdict and a rationale (by its owner), and has another editor approve it (four eyes); returns its version and evidence item. */
async function approve(claim: { id: string; version: number }, owner: Actor) {
  const item = await addEvidence({ actor: owner, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } });
  const reviewed = await updateClaimReview({
    actor: owner,
    id: claim.id,
    version: claim.version,
    changes: { verdictKey: "mostly-false", rationale: "The list has 238 names." },
  });
  const approved = await updateClaimReview({ actor: world.otherEditor, id: claim.id, version: reviewed.version, changes: { status: "approved" } });
  return { version: approved.version, item };
}

/**
 * An evidence link of `owner`'s whose capture has finished (with text to compare) or failed.
 * No capture worker runs here: the row is set as the worker would leave it. Its address is
 * private, so "Check again" is refused at once by the address guard, and that result is recorded.
 */
async function capturedEvidenceOf(c: Context, status: "done" | "failed") {
  const { source, claim } = await claimOf(c);
  const item = await addEvidence({ actor: c.owner, claimId: claim.id, fields: { url: "http://10.9.9.9/list", stance: "refutes" } });
  const captureId = item.captureId!;
  const at = new Date().toISOString();
  await db()
    .update(captures)
    .set(
      status === "done"
        ? { status, capturedAt: at, text: "238 names.", textSha256: "0".repeat(64) }
        : { status, error: "timeout: The page did not finish loading." },
    )
    .where(eq(captures.id, captureId));
  return { source, claim, item, captureId };
}

/** The review form as the panel submits it: every field, with `changes` over the claim's current values. */
function reviewForm(claim: { version: number }, changes: Record<string, string>) {
  return form({ intent: "save", verdictKey: "", rationale: "", assigneeId: "", version: String(claim.version), ...changes });
}

type Driver = {
  /** Creates the case's objects and returns the call. */
  setup: (context: Context) => Promise<() => Promise<unknown>>;
  /** For actions whose effect is a call to Auth.js (mocked here) rather than a write. */
  outcome?: () => Outcome;
};

const evidenceFields = { url: "https://gov.example/list", outlet: "Ministry", quote: "238", stance: "refutes", accessedAt: "2025-03-18" };

const drivers: Record<string, Driver> = {
  signInAction: {
    setup: async () => () => signInAction(idleFormState, form({ email: "someone@example.test", password: "a password", callbackUrl: "/" })),
    outcome: () => (vi.mocked(signIn).mock.calls.length === 1 ? "allowed" : "refused"),
  },
  signOutAction: { setup: async () => () => signOutAction(), outcome: () => (vi.mocked(signOut).mock.calls.length === 1 ? "allowed" : "refused") },
  chooseLanguageAction: {
    setup: async () => {
      cookieJar.clear();
      return () => chooseLanguageAction(idleFormState, form({ locale: "es" }));
    },
    outcome: () => (cookieJar.get("locale") === "es" ? "allowed" : "refused"),
  },
  saveProfileAction: { setup: async () => () => saveProfileAction(idleFormState, form({ locale: "es" })) },

  createInvestigationAction: { setup: async () => () => createInvestigationAction(idleFormState, form({ title: "New investigation" })) },
  renameInvestigationAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => renameInvestigationAction(id, idleFormState, form({ title: "Renamed", version: "1" }));
    },
  },
  deleteInvestigationAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => deleteInvestigationAction(id);
    },
  },
  saveInvestigationSettingsAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      const { ratingScale, version } = await getInvestigationById({ actor: world.admin, id });
      const scale = JSON.stringify(ratingScale.map((rating, index) => (index === 0 ? { ...rating, label: "Accurate" } : rating)));
      return () =>
        saveInvestigationSettingsAction(
          id,
          idleFormState,
          form({ version: String(version), scale, hidesOthersAssessments: "on", approximateTolerancePercent: "15" }),
        );
    },
  },
  saveReportLanguageAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      const { version } = await getInvestigationById({ actor: world.admin, id });
      return () => saveReportLanguageAction(id, idleFormState, form({ reportLanguage: "es", version: String(version) }));
    },
  },
  savePublishedAddressAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      const { version } = await getInvestigationById({ actor: world.admin, id });
      return () => savePublishedAddressAction(id, idleFormState, form({ publishedUrl: "https://factdesk.example/flights", version: String(version) }));
    },
  },
  createPublicLinkAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => createPublicLinkAction(id, idleFormState, form({ expiresInDays: "7" }));
    },
  },
  revokePublicLinkAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      await createPublicLink({ actor: world.otherEditor, investigationId: id, expiresInDays: 7 });
      return () => revokePublicLinkAction(id);
    },
  },
  saveFourEyesAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => saveFourEyesAction(id, idleFormState, form({ fourEyes: "off", version: "1" }));
    },
  },
  saveDailyRecheckAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => saveDailyRecheckAction(id, idleFormState, form({ dailyRecheck: "on", version: "1" }));
    },
  },
  retryCaptureAction: {
    setup: async (c) => {
      const { captureId } = await capturedEvidenceOf(c, "failed");
      return () => retryCaptureAction(captureId);
    },
  },
  recaptureEvidenceAction: {
    setup: async (c) => {
      const { item } = await capturedEvidenceOf(c, "done");
      return () => recaptureEvidenceAction(item.id);
    },
  },
  "recaptureEvidenceAction#approved": {
    setup: async (c) => {
      const { claim, item } = await capturedEvidenceOf(c, "done");
      await approve(claim, c.owner);
      return () => recaptureEvidenceAction(item.id);
    },
  },
  recheckCaptureAction: {
    setup: async (c) => {
      const { captureId } = await capturedEvidenceOf(c, "done");
      return () => recheckCaptureAction(captureId);
    },
  },
  listDraftClaimsAction: {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return () => listDraftClaimsAction([claim.id]);
    },
  },
  showMoreSearchResultsAction: {
    setup: async (c) => {
      await claimOf(c);
      const search = { q: "deportees", kind: "", investigation: "", verdict: "", status: "", language: "", outlet: "", from: "", to: "" };
      return () => showMoreSearchResultsAction(search, encodeSearchCursor({ offset: 20 }));
    },
  },
  setClaimFollowedAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      // A claim's creator follows it already: `own` unfollows, `other` follows — a change either way.
      return () => setClaimFollowedAction(source.id, claim.id, c.relation !== "own");
    },
  },
  setFactFollowedAction: {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const fact = await createFact({ actor: c.owner, investigationId, title: "People flown", claimIds: [claim.id] });
      return () => setFactFollowedAction(fact.id, true);
    },
  },
  importAnnotationsAction: {
    setup: async (c) => {
      const { investigationId: fromId } = await claimOf({ ...c, investigationOwner: world.otherEditor, owner: world.otherReviewer });
      const targetId = await investigationBy(c.investigationOwner);
      return async () => {
        const file = JSON.stringify(
          toAnnotationCollection(await getExportDocument({ actor: world.admin, scope: { investigationId: fromId }, workspaceUrl: "http://localhost" })),
        );
        return importAnnotationsAction(targetId, idleFormState, form({ file: new File([file], "annotations.jsonld", { type: "application/ld+json" }) }));
      };
    },
  },

  addWebhookAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => addWebhookAction(id, idleFormState, form({ url: `${pageServer.origin}/hooks` }));
    },
  },
  removeWebhookAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      const creator = hasRole(c.investigationOwner.role, "editor") ? c.investigationOwner : world.otherEditor;
      const { webhook } = await createWebhook({ actor: creator, investigationId: id, url: `${pageServer.origin}/hooks` });
      // Across investigations: the webhook named through another investigation than its own.
      const named = c.relation === "otherInvestigation" ? await investigationBy(c.investigationOwner) : id;
      return () => removeWebhookAction(named, webhook.id);
    },
  },

  createSourceAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => createSourceAction(id, idleFormState, form({ title: "Pasted", outlet: "", url: "", publishedAt: "", text }));
    },
  },
  importSourceFromUrlAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => importSourceFromUrlAction(id, idleFormState, form({ url: `${pageServer.origin}/article`, title: "" }));
    },
  },
  uploadSourceAction: {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      return () => uploadSourceAction(id, idleFormState, form({ title: "Uploaded", file: new File([text], "wire.txt", { type: "text/plain" }) }));
    },
  },
  deleteSourceAction: {
    setup: async (c) => {
      const { source } = await claimOf(c);
      return () => deleteSourceAction(source.id);
    },
  },
  updateSourceTextAction: {
    setup: async (c) => {
      const { source } = await claimOf(c);
      return () => updateSourceTextAction(source.id, idleFormState, form({ text: `${text} A correction followed.` }));
    },
  },
  updateSourceDetailsAction: {
    setup: async (c) => {
      const { source } = await claimOf(c);
      return () =>
        updateSourceDetailsAction(
          source.id,
          idleFormState,
          form({ title: "Wire, corrected", outlet: "El Faro", url: "", publishedAt: "2025-03-16", version: "1" }),
        );
    },
  },

  createClaimAction: {
    setup: async (c) => {
      const source = await sourceBy(c.owner, await investigationBy(c.investigationOwner));
      const start = text.indexOf("238 Venezuelans");
      return () => createClaimAction(source.id, { sourceVersionId: source.currentVersionId, start, end: start + "238 Venezuelans".length });
    },
  },
  updateClaimSpanAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const start = text.indexOf("238 Venezuelans");
      return () => updateClaimSpanAction(claim.id, claim.version, { sourceVersionId: source.currentVersionId, start, end: start + "238 Venezuelans".length });
    },
  },
  "updateClaimSpanAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const { version } = await approve(claim, c.owner);
      const start = text.indexOf("238 Venezuelans");
      return () => updateClaimSpanAction(claim.id, version, { sourceVersionId: source.currentVersionId, start, end: start + "238 Venezuelans".length });
    },
  },
  "deleteClaimAction#approved": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const { version } = await approve(claim, c.owner);
      return () => deleteClaimAction(claim.id, version);
    },
  },
  deleteClaimAction: {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return () => deleteClaimAction(claim.id, claim.version);
    },
  },

  saveClaimPublicationAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const fields = { statement: "Over 200 deportees arrived.", claimant: "The ministry", publishedUrl: "https://factdesk.example/200" };
      return () => saveClaimPublicationAction(source.id, claim.id, idleFormState, form({ ...fields, version: String(claim.version) }));
    },
  },
  "saveClaimPublicationAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const { version } = await approve(claim, c.owner);
      return () =>
        saveClaimPublicationAction(
          source.id,
          claim.id,
          idleFormState,
          form({ statement: "Other words.", claimant: "", publishedUrl: "", version: String(version) }),
        );
    },
  },
  "saveClaimReviewAction#verdict": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () =>
        saveClaimReviewAction(
          source.id,
          claim.id,
          idleFormState,
          form({ intent: "save", verdictKey: "mostly-false", rationale: "The list has 238 names.", assigneeId: "", version: String(claim.version) }),
        );
    },
  },
  "saveClaimReviewAction#due-date": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () => saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm(claim, { dueAt: "2026-12-31" }));
    },
  },
  "saveClaimReviewAction#approve-own-verdict": {
    setup: async (c) => {
      // The caller (assigned by another editor, so a reviewer may too) sets the verdict, then tries to approve it.
      const { source, claim } = await claimOf(c);
      await addEvidence({ actor: c.owner, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } });
      const author = c.actor ?? world.otherEditor;
      const assigned = await updateClaimReview({ actor: world.otherEditor, id: claim.id, version: claim.version, changes: { assigneeId: author.id } });
      const reviewed = await updateClaimReview({
        actor: author,
        id: claim.id,
        version: assigned.version,
        changes: { verdictKey: "mostly-false", rationale: "The list has 238 names." },
      });
      return () =>
        saveClaimReviewAction(
          source.id,
          claim.id,
          idleFormState,
          reviewForm(reviewed, { intent: "approved", verdictKey: "mostly-false", rationale: "The list has 238 names.", assigneeId: author.id }),
        );
    },
  },
  "saveClaimReviewAction#send-for-review": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () =>
        saveClaimReviewAction(
          source.id,
          claim.id,
          idleFormState,
          form({ intent: "in-review", verdictKey: "", rationale: "", assigneeId: "", version: String(claim.version) }),
        );
    },
  },
  "saveClaimReviewAction#approve": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      await addEvidence({ actor: c.owner, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } });
      const reviewed = await updateClaimReview({
        actor: world.otherEditor,
        id: claim.id,
        version: claim.version,
        changes: { verdictKey: "mostly-false", rationale: "The list has 238 names." },
      });
      return () =>
        saveClaimReviewAction(
          source.id,
          claim.id,
          idleFormState,
          form({ intent: "approved", verdictKey: "mostly-false", rationale: "The list has 238 names.", assigneeId: "", version: String(reviewed.version) }),
        );
    },
  },
  "saveClaimReviewAction#verdict-approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const { version } = await approve(claim, c.owner);
      return () =>
        saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm({ version }, { verdictKey: "false", rationale: "Changed after approval." }));
    },
  },
  "saveClaimReviewAction#reopen": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const { version } = await approve(claim, c.owner);
      return () =>
        saveClaimReviewAction(
          source.id,
          claim.id,
          idleFormState,
          reviewForm({ version }, { intent: "open", verdictKey: "mostly-false", rationale: "The list has 238 names." }),
        );
    },
  },
  "saveClaimReviewAction#take-unassigned": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () => saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm(claim, { assigneeId: c.actor?.id ?? world.reviewer.id }));
    },
  },
  "saveClaimReviewAction#take-held": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const held = await updateClaimReview({ actor: world.otherEditor, id: claim.id, version: claim.version, changes: { assigneeId: world.otherEditor.id } });
      return () => saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm(held, { assigneeId: c.actor?.id ?? world.reviewer.id }));
    },
  },
  "saveClaimReviewAction#assign-other": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () => saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm(claim, { assigneeId: world.otherEditor.id }));
    },
  },
  "saveClaimReviewAction#release": {
    setup: async (c) => {
      // `own`: the claim is assigned to the caller; `other`: to someone else. Created by another reviewer either way.
      const { source, claim } = await claimOf({ ...c, owner: world.otherReviewer });
      const holder = c.relation === "own" && c.actor ? c.actor : world.otherEditor;
      const held = await updateClaimReview({ actor: world.otherEditor, id: claim.id, version: claim.version, changes: { assigneeId: holder.id } });
      return () => saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm(held, { assigneeId: "" }));
    },
  },
  "addEvidenceAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      await approve(claim, c.owner);
      return () => addEvidenceAction(source.id, claim.id, idleFormState, form(evidenceFields));
    },
  },
  "updateEvidenceAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const { item } = await approve(claim, c.owner);
      return () => updateEvidenceAction(source.id, item.id, idleFormState, form({ ...evidenceFields, version: String(item.version) }));
    },
  },
  "removeEvidenceAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const { item } = await approve(claim, c.owner);
      return () => removeEvidenceAction(source.id, item.id, item.version);
    },
  },
  "recordAssessmentAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      await approve(claim, c.owner);
      return () => recordAssessmentAction(source.id, claim.id, idleFormState, form({ verdictKey: "false", note: "" }));
    },
  },
  "addCommentAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      await approve(claim, c.owner);
      return () => addCommentAction(source.id, claim.id, idleFormState, form({ body: "Published." }));
    },
  },
  addEvidenceAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () => addEvidenceAction(source.id, claim.id, idleFormState, form(evidenceFields));
    },
  },
  updateEvidenceAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const item = await addEvidence({ actor: c.owner, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } });
      return () => updateEvidenceAction(source.id, item.id, idleFormState, form({ ...evidenceFields, version: String(item.version) }));
    },
  },
  removeEvidenceAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const item = await addEvidence({ actor: c.owner, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } });
      return () => removeEvidenceAction(source.id, item.id, item.version);
    },
  },
  addCommentAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () => addCommentAction(source.id, claim.id, idleFormState, form({ body: "Checked the list." }));
    },
  },
  removeCommentAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const comment = await addComment({ actor: c.owner, claimId: claim.id, body: "Checked the list." });
      return () => removeCommentAction(source.id, comment.id, comment.version);
    },
  },
  recordAssessmentAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      return () => recordAssessmentAction(source.id, claim.id, idleFormState, form({ verdictKey: "false", note: "" }));
    },
  },

  linkFactAction: {
    setup: async (c) => {
      const { investigationId, source, claim } = await claimOf(c);
      // Across investigations: the claim is the actor's own, but in another investigation than the one named.
      const named = c.relation === "otherInvestigation" ? await investigationBy(c.investigationOwner) : investigationId;
      return () => linkFactAction(source.id, named, claim.id, idleFormState, form({ factId: "new", title: "People flown" }));
    },
  },
  unlinkFactAction: {
    setup: async (c) => {
      const { investigationId, source, claim } = await claimOf(c);
      const linked = await createFact({ actor: c.owner, investigationId, title: "People flown", claimIds: [claim.id] });
      if (c.relation !== "otherInvestigation") return () => unlinkFactAction(source.id, linked.id, claim.id);
      // Across investigations: a fact of another investigation, which this claim is not linked to.
      const elsewhere = await claimOf({ ...c, owner: world.otherReviewer });
      const otherFact = await createFact({
        actor: world.otherReviewer,
        investigationId: elsewhere.investigationId,
        title: "Other",
        claimIds: [elsewhere.claim.id],
      });
      return () => unlinkFactAction(source.id, otherFact.id, claim.id);
    },
  },
  linkCheckedBeforeAction: {
    setup: async (c) => {
      const { investigationId, source, claim } = await claimOf(c);
      // Across investigations: the earlier claim's fact belongs to another investigation.
      const factInvestigation = c.relation === "otherInvestigation" ? await investigationBy(c.investigationOwner) : investigationId;
      const earlier = await claimBy(world.otherReviewer, await sourceBy(world.otherReviewer, factInvestigation));
      const fact = await createFact({ actor: world.otherReviewer, investigationId: factInvestigation, title: "People flown", claimIds: [earlier.id] });
      return () => linkCheckedBeforeAction(source.id, claim.id, fact.id);
    },
  },
  copyCheckedBeforeEvidenceAction: {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      const elsewhere = await claimOf({ ...c, owner: world.otherReviewer });
      await addEvidence({ actor: world.otherReviewer, claimId: elsewhere.claim.id, fields: { ...evidenceFields, stance: "refutes" } });
      return () => copyCheckedBeforeEvidenceAction(source.id, claim.id, elsewhere.claim.id);
    },
  },
  "copyCheckedBeforeEvidenceAction#approved": {
    setup: async (c) => {
      const { source, claim } = await claimOf(c);
      await approve(claim, c.owner);
      const elsewhere = await claimOf({ ...c, owner: world.otherReviewer });
      await addEvidence({ actor: world.otherReviewer, claimId: elsewhere.claim.id, fields: { ...evidenceFields, stance: "refutes" } });
      return () => copyCheckedBeforeEvidenceAction(source.id, claim.id, elsewhere.claim.id);
    },
  },
  correctQuantityAction: {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const fact = await createFact({ actor: c.owner, investigationId, title: "People flown", claimIds: [claim.id] });
      return () =>
        correctQuantityAction(
          fact.id,
          claim.id,
          idleFormState,
          form({ low: "230", high: "", lowInclusive: "on", highInclusive: "", unit: "deportees", text: "at least 230" }),
        );
    },
  },
  clearQuantityCorrectionAction: {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const fact = await createFact({ actor: c.owner, investigationId, title: "People flown", claimIds: [claim.id] });
      await setQuantityCorrection({
        actor: world.otherEditor,
        claimId: claim.id,
        correction: { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "deportees", text: "at least 230" },
      });
      return () => clearQuantityCorrectionAction(fact.id, claim.id);
    },
  },

  "correctQuantityAction#approved": {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const fact = await createFact({ actor: c.owner, investigationId, title: "People flown", claimIds: [claim.id] });
      await approve(claim, c.owner);
      return () =>
        correctQuantityAction(
          fact.id,
          claim.id,
          idleFormState,
          form({ low: "230", high: "", lowInclusive: "on", highInclusive: "", unit: "deportees", text: "at least 230" }),
        );
    },
  },
  "clearQuantityCorrectionAction#approved": {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const fact = await createFact({ actor: c.owner, investigationId, title: "People flown", claimIds: [claim.id] });
      await setQuantityCorrection({
        actor: world.otherEditor,
        claimId: claim.id,
        correction: { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "deportees", text: "at least 230" },
      });
      await approve(claim, c.owner);
      return () => clearQuantityCorrectionAction(fact.id, claim.id);
    },
  },

  saveOrganisationAction: {
    setup: async () => () => saveOrganisationAction(idleFormState, form({ name: `Newsroom ${crypto.randomUUID()}`, url: "https://newsroom.example" })),
  },
  createUserAction: {
    setup: async () => () =>
      createUserAction(idleFormState, form({ email: `new-${crypto.randomUUID().slice(0, 8)}@example.test`, name: "New", role: "reviewer", password: "" })),
  },
  setRoleAction: {
    setup: async (c) => {
      const target = c.relation === "own" ? c.actor! : await createTestActor("reviewer");
      return () => setRoleAction(target.id, idleFormState, form({ role: target.role === "admin" ? "editor" : "admin" }));
    },
  },
  setDisabledAction: {
    setup: async (c) => {
      const target = c.relation === "own" ? c.actor! : await createTestActor("reviewer");
      return () => setDisabledAction(target.id, true);
    },
  },
  resetPasswordAction: {
    setup: async (c) => {
      const target = c.relation === "own" ? c.actor! : await createTestActor("reviewer");
      return () => resetPasswordAction(target.id);
    },
  },
  revokePersonTokensAction: {
    setup: async (c) => {
      const target = c.relation === "own" ? c.actor! : await createTestActor("reviewer");
      const { summary } = await createApiToken({ actor: target, name: "Matrix" });
      return () => revokePersonTokensAction(target.id, summary.id);
    },
  },
  createApiTokenAction: { setup: async () => () => createApiTokenAction(idleFormState, form({ name: "Matrix" })) },
  revokeApiTokenAction: {
    setup: async (c) => {
      const { summary } = await createApiToken({ actor: c.owner, name: "Matrix" });
      return () => revokeApiTokenAction(summary.id);
    },
  },
  markNotificationReadAction: {
    setup: async (c) => {
      const [notification] = await notifyOf(c.owner);
      return () => markNotificationReadAction(notification!.id);
    },
  },
  markAllNotificationsReadAction: {
    setup: async (c) => {
      if (c.actor) await notifyOf(c.actor);
      return () => markAllNotificationsReadAction();
    },
  },
};

/** An unread notification for `person` (another editor assigns them a claim); their unread ones, newest first. */
async function notifyOf(person: Actor) {
  const { claim } = await claimOf({ actor: null, role: "anonymous", relation: "none", owner: world.otherEditor, investigationOwner: world.otherEditor });
  await updateClaimReview({ actor: world.otherEditor, id: claim.id, version: claim.version, changes: { assigneeId: person.id } });
  return (await listNotificationsByUser({ actor: person, unreadOnly: true })).items;
}

/** allowed: saved, or redirected onwards (a create or delete); refused: anything else, or sent to sign-in. */
async function outcomeOf(call: () => Promise<unknown>, driver: Driver): Promise<{ outcome: Outcome; detail: string }> {
  try {
    const result = (await call()) as { status?: string; message?: string } | undefined;
    if (driver.outcome) return { outcome: driver.outcome(), detail: "auth call" };
    return { outcome: result?.status === "saved" ? "allowed" : "refused", detail: `${result?.status}: ${result?.message ?? JSON.stringify(result)}` };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) throw error;
    const location = digest.split(";")[2] ?? "";
    return { outcome: location.startsWith("/signin") ? "refused" : "allowed", detail: `redirect to ${location}` };
  }
}

async function runCase({ row, role, relation, expected }: AuthorizationCase) {
  const driver = drivers[row.id];
  if (!driver) throw new Error(`No driver for ${row.id}: add one to e2e/security/actions-matrix.test.ts`);
  const actor = role === "anonymous" ? null : world[role];
  const mine = relation === "own" || relation === "otherInvestigation";
  const context: Context = {
    actor,
    role,
    relation,
    owner: mine && actor ? actor : world.otherReviewer,
    investigationOwner: mine && actor ? actor : world.otherEditor,
  };
  const call = await driver.setup(context);
  vi.mocked(signIn).mockClear();
  vi.mocked(signOut).mockClear();
  session.current = actor ? { user: { id: actor.id }, sessionVersion: 1 } : null;
  const before = await fingerprintDatabase();
  let result: Awaited<ReturnType<typeof outcomeOf>>;
  try {
    result = await outcomeOf(call, driver);
  } finally {
    session.current = null;
  }
  const changed = (await fingerprintDatabase()) !== before;
  return { expected, ...result, changed, writes: row.writes };
}

describe("server actions: every role × relation gets the answer the table gives", () => {
  for (const row of rowsOfKind("action")) {
    it(row.id, async () => {
      const mismatches: string[] = [];
      for (const testCase of casesOf(row)) {
        const { outcome, detail, changed, writes } = await runCase(testCase);
        const name = caseName(testCase);
        if (outcome !== testCase.expected) mismatches.push(`${name}: expected ${testCase.expected}, got ${outcome} (${detail})`);
        else if (outcome === "refused" && changed) mismatches.push(`${name}: refused (${detail}) but the database changed`);
        else if (outcome === "allowed" && writes && !changed) mismatches.push(`${name}: allowed (${detail}) but nothing was written`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("has a driver for every action row", () => {
    expect(
      rowsOfKind("action")
        .filter((row) => !drivers[row.id])
        .map((row) => row.id),
    ).toEqual([]);
  });
});

describe("the session behind an action is re-checked on every call", () => {
  it("refuses a session whose version moved on (signed out, disabled or re-roled elsewhere), writing nothing", async () => {
    session.current = { user: { id: world.editor.id }, sessionVersion: 0 };
    const before = await fingerprintDatabase();
    const error = await createInvestigationAction(idleFormState, form({ title: "Stale" })).catch((caught: unknown) => caught);
    session.current = null;
    expect((error as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;replace;\/signin\?ended=1;/);
    expect(await fingerprintDatabase()).toBe(before);
  });
});

describe("a refused assignment is answered at the assignee field", () => {
  it("tells a reviewer who tries to take a claim someone else holds why, beside the field, keeping what they chose", async () => {
    const { source, claim } = await claimOf({
      actor: world.reviewer,
      role: "reviewer",
      relation: "other",
      owner: world.otherReviewer,
      investigationOwner: world.otherEditor,
    });
    const held = await updateClaimReview({ actor: world.otherEditor, id: claim.id, version: claim.version, changes: { assigneeId: world.otherReviewer.id } });
    // The matrix's saveProfileAction row may have left this reviewer reading Spanish; the answer is in their language.
    await setOwnLocale({ actor: world.reviewer, locale: null });
    session.current = { user: { id: world.reviewer.id }, sessionVersion: 1 };
    const state = await saveClaimReviewAction(source.id, claim.id, idleFormState, reviewForm(held, { assigneeId: world.reviewer.id })).finally(
      () => (session.current = null),
    );
    const reason = "This claim is assigned to someone else; only an editor can reassign it.";
    expect(state).toMatchObject({ status: "error", message: reason, fieldErrors: { assigneeId: reason }, values: { assigneeId: world.reviewer.id } });
  });
});
