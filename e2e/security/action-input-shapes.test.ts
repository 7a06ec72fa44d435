import { beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The malformed-shape half of the attack corpus for server actions. Anyone can POST any
 * arguments to an action (React decodes null, numbers, arrays, objects, Maps, Sets, Dates,
 * BigInts, Blobs and FormData), so every exported action of every `app/**\/*actions.ts` is
 * called — as an admin, with real objects behind every id — with one argument at a time
 * replaced by a malformed shape, and a well-formed value in every other. Each call must
 * answer a typed refusal (`invalid` or `error`), throw nothing (no TypeError, no database
 * error: those are 500s), and leave every table as it was.
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

import { createApiToken } from "@/db/queries/api-tokens";
import { createClaim } from "@/db/queries/claims";
import { addComment } from "@/db/queries/comments";
import { updateClaimReview } from "@/db/queries/claim-review";
import { addEvidence } from "@/db/queries/evidence";
import { createFact } from "@/db/queries/facts";
import { createInvestigation } from "@/db/queries/investigations";
import { listNotificationsByUser } from "@/db/queries/notifications";
import { createSource } from "@/db/queries/sources";
import { createWebhook } from "@/db/queries/webhooks";
import { createTestActor, installTestDatabase } from "@/db/test-database";
import { fingerprintDatabase } from "@/db/test-fingerprint";
import { defaultRatingScale } from "@/lib/checking/rating-scale";
import { encodeSearchCursor } from "@/lib/validation/search";

type Action = (...args: unknown[]) => Promise<unknown>;
const modules = import.meta.glob<Record<string, Action>>("/app/**/*actions.ts", { eager: true });

/** What each parameter of an action is; `state` (useActionState's previous state) is never read. */
type Slot =
  | "state"
  | "form"
  | "selection"
  | "version"
  | "boolean"
  | "nullableTokenId"
  | "claimIds"
  | "searchValues"
  | "searchCursor"
  | `${"investigation" | "source" | "claim" | "evidence" | "comment" | "fact" | "user" | "token" | "webhook" | "notification" | "capture"}Id`;
const signatures: Record<string, Slot[]> = {
  signInAction: ["state", "form"],
  signOutAction: [],
  chooseLanguageAction: ["state", "form"],
  saveProfileAction: ["state", "form"],
  createInvestigationAction: ["state", "form"],
  renameInvestigationAction: ["investigationId", "state", "form"],
  deleteInvestigationAction: ["investigationId"],
  saveInvestigationSettingsAction: ["investigationId", "state", "form"],
  savePublishedAddressAction: ["investigationId", "state", "form"],
  createPublicLinkAction: ["investigationId", "state", "form"],
  revokePublicLinkAction: ["investigationId"],
  saveFourEyesAction: ["investigationId", "state", "form"],
  saveReportLanguageAction: ["investigationId", "state", "form"],
  saveDailyRecheckAction: ["investigationId", "state", "form"],
  listDraftClaimsAction: ["claimIds"],
  showMoreSearchResultsAction: ["searchValues", "searchCursor"],
  setClaimFollowedAction: ["sourceId", "claimId", "boolean"],
  setFactFollowedAction: ["factId", "boolean"],
  importAnnotationsAction: ["investigationId", "state", "form"],
  createSourceAction: ["investigationId", "state", "form"],
  importSourceFromUrlAction: ["investigationId", "state", "form"],
  uploadSourceAction: ["investigationId", "state", "form"],
  deleteSourceAction: ["sourceId"],
  updateSourceTextAction: ["sourceId", "state", "form"],
  updateSourceDetailsAction: ["sourceId", "state", "form"],
  createClaimAction: ["sourceId", "selection"],
  updateClaimSpanAction: ["claimId", "version", "selection"],
  deleteClaimAction: ["claimId", "version"],
  saveClaimReviewAction: ["sourceId", "claimId", "state", "form"],
  saveClaimPublicationAction: ["sourceId", "claimId", "state", "form"],
  addEvidenceAction: ["sourceId", "claimId", "state", "form"],
  updateEvidenceAction: ["sourceId", "evidenceId", "state", "form"],
  removeEvidenceAction: ["sourceId", "evidenceId", "version"],
  retryCaptureAction: ["captureId"],
  recaptureEvidenceAction: ["evidenceId"],
  recheckCaptureAction: ["captureId"],
  addCommentAction: ["sourceId", "claimId", "state", "form"],
  removeCommentAction: ["sourceId", "commentId", "version"],
  recordAssessmentAction: ["sourceId", "claimId", "state", "form"],
  linkFactAction: ["sourceId", "investigationId", "claimId", "state", "form"],
  unlinkFactAction: ["sourceId", "factId", "claimId"],
  linkCheckedBeforeAction: ["sourceId", "claimId", "factId"],
  copyCheckedBeforeEvidenceAction: ["sourceId", "claimId", "claimId"],
  correctQuantityAction: ["factId", "claimId", "state", "form"],
  clearQuantityCorrectionAction: ["factId", "claimId"],
  saveOrganisationAction: ["state", "form"],
  createUserAction: ["state", "form"],
  setRoleAction: ["userId", "state", "form"],
  setDisabledAction: ["userId", "boolean"],
  resetPasswordAction: ["userId"],
  revokePersonTokensAction: ["userId", "nullableTokenId"],
  createApiTokenAction: ["state", "form"],
  revokeApiTokenAction: ["tokenId"],
  addWebhookAction: ["investigationId", "state", "form"],
  removeWebhookAction: ["investigationId", "webhookId"],
  markNotificationReadAction: ["notificationId"],
  markAllNotificationsReadAction: [],
};

const actions = Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports).map(([name, action]) => ({ file, name, action })));

const text = "Officials counted over 200 deportees on Sunday. A later list named 238 Venezuelans.";
const huge = "x".repeat(6 * 1024 * 1024); // more than any action accepts (Next takes at most 5 MB)
let deep: unknown = "bottom";
for (let depth = 0; depth < 200; depth++) deep = depth % 2 ? { nested: deep } : [deep];

/** Shapes that fit no parameter: each replaces one argument in turn. */
const malformed: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["0", 0],
  ["-1", -1],
  ["1.5", 1.5],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["2^53", 2 ** 53],
  ["true", true],
  ["empty string", ""],
  ["6 MB string", huge],
  ["[]", []],
  ['["x"]', ["x"]],
  ["[null]", [null]],
  ["{}", {}],
  ["{ id }", { id: "x" }],
  ["200-deep object", deep],
  ["Map", new Map([["id", "x"]])],
  ["Set", new Set(["x"])],
  ["Date", new Date(0)],
  ["BigInt", 10n],
  ["Blob", new Blob(["x"])],
  ["FormData", new FormData()],
];

/** Each of the world's objects, made fresh before each action so it is at version 1. */
let world: Record<
  Exclude<Slot, "state" | "form" | "selection" | "version" | "boolean" | "nullableTokenId" | "claimIds" | "searchValues" | "searchCursor">,
  string
> & { sourceVersionId: string };

async function makeWorld() {
  const admin = await createTestActor("admin");
  const person = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: admin, input: { title: "Shapes" } });
  const source = await createSource({ actor: admin, investigationId, input: { title: "Wire", url: `https://wire.example/${crypto.randomUUID()}`, text } });
  const start = text.indexOf("over 200");
  const claim = await createClaim({
    actor: admin,
    sourceId: source.id,
    sourceVersionId: source.currentVersionId,
    start,
    end: start + "over 200 deportees".length,
  });
  world = {
    investigationId,
    sourceId: source.id,
    sourceVersionId: source.currentVersionId,
    claimId: claim.id,
    evidenceId: (await addEvidence({ actor: admin, claimId: claim.id, fields: { outlet: "Ministry", stance: "refutes" } })).id,
    commentId: (await addComment({ actor: admin, claimId: claim.id, body: "Checked." })).id,
    factId: (await createFact({ actor: admin, investigationId, title: "People flown", claimIds: [claim.id] })).id,
    userId: person.id,
    tokenId: (await createApiToken({ actor: person, name: "Shapes" })).summary.id,
    // A public address given as an IP (no DNS needed); nothing is ever sent to it here.
    webhookId: (await createWebhook({ actor: admin, investigationId, url: "https://93.184.215.14/hooks/shapes" })).webhook.id,
    notificationId: await notificationOf(admin, source),
    // The capture queued for an evidence link (no worker runs here: it stays pending).
    captureId: (await addEvidence({ actor: admin, claimId: claim.id, fields: { url: "https://gov.example/list", stance: "supports" } })).captureId!,
  };
  session.current = { user: { id: admin.id }, sessionVersion: 1 };
}

/** An unread notification of `admin` (the session's account): another editor assigns them a claim of its own (the world's claim stays at version 1). */
async function notificationOf(admin: { id: string }, source: { id: string; currentVersionId: string }) {
  const editor = await createTestActor("editor");
  const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 0, end: "Officials".length });
  await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { assigneeId: admin.id } });
  return (await listNotificationsByUser({ actor: { ...admin, email: "", name: "", role: "admin" }, unreadOnly: true })).items[0]!.id;
}

/** A form that every action would accept (and save) if its other arguments let it. */
function wellFormedFields(): Record<string, string> {
  return {
    title: "A well-formed title",
    text,
    body: "A comment",
    name: "Someone",
    email: `new-${crypto.randomUUID().slice(0, 8)}@example.test`,
    role: "editor",
    password: "",
    intent: "save",
    verdictKey: "false",
    rationale: "",
    assigneeId: "",
    version: "1",
    outlet: "Ministry",
    stance: "refutes",
    quote: "",
    accessedAt: "",
    url: "",
    publishedAt: "",
    note: "",
    factId: "new",
    low: "230",
    high: "",
    lowInclusive: "on",
    highInclusive: "",
    unit: "",
    hidesOthersAssessments: "",
    approximateTolerancePercent: "10",
    scale: JSON.stringify(defaultRatingScale),
    callbackUrl: "/",
    locale: "es",
    dailyRecheck: "on",
  };
}
const formOf = (fields: Record<string, string | Blob>, extra: (form: FormData) => void = () => undefined) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  extra(form);
  return form;
};
const withEvery = (value: (name: string) => string | Blob) => Object.fromEntries(Object.keys(wellFormedFields()).map((name) => [name, value(name)]));

/** Forms that are forms, but malformed inside: files for text, huge fields, and (for the actions that read them) verdict scales with nulls and floods of ticked claims. */
const malformedForms = (action: string): [string, () => FormData][] => [
  ["an empty form", () => formOf({})],
  ["a file in every field", () => formOf(withEvery(() => new File(["x"], "x.txt")))],
  ["6 MB in every field", () => formOf(withEvery(() => huge))],
  ...(action !== "saveInvestigationSettingsAction"
    ? []
    : [
        "[null]",
        "[1]",
        "[[]]",
        "null",
        "{}",
        '"scale"',
        '[{"label":null,"ratingValue":3}]',
        '[{"key":{"a":1},"label":"True","ratingValue":5}]',
        "[" + "null,".repeat(1000) + "null]",
        "not json",
      ].map((scale): [string, () => FormData] => [`a verdict scale of ${scale.slice(0, 30)}`, () => formOf({ ...wellFormedFields(), scale })])),
  ...(action !== "linkFactAction"
    ? []
    : ([
        ["10,000 ticked claims", () => formOf(wellFormedFields(), (form) => Array.from({ length: 10_000 }, (_, n) => form.append("withClaim", `claim-${n}`)))],
        ["a file as a ticked claim", () => formOf(wellFormedFields(), (form) => form.append("withClaim", new File(["x"], "x.txt")))],
      ] as [string, () => FormData][])),
];
const malformedSelections: [string, unknown][] = [
  ["{ sourceVersionId: null }", { sourceVersionId: null, start: 0, end: 8 }],
  ["{ start: '0' }", { sourceVersionId: "version", start: "0", end: 8 }],
  ["{ end: {} }", { sourceVersionId: "version", start: 0, end: {} }],
];

function wellFormed(slot: Slot): unknown {
  if (slot === "state") return { status: "idle" };
  if (slot === "form") return formOf(wellFormedFields());
  if (slot === "selection") return { sourceVersionId: world.sourceVersionId, start: text.indexOf("238"), end: text.indexOf("238") + "238 Venezuelans".length };
  if (slot === "version") return 1;
  if (slot === "boolean") return true;
  if (slot === "nullableTokenId") return world.tokenId;
  if (slot === "claimIds") return [world.claimId];
  if (slot === "searchValues") return { q: "deportees", kind: "", investigation: "", verdict: "", status: "", language: "", outlet: "", from: "", to: "" };
  if (slot === "searchCursor") return encodeSearchCursor({ offset: 20 });
  return world[slot];
}

function casesFor(action: string, slots: Slot[]): { name: string; args: () => unknown[] }[] {
  return slots.flatMap((slot, index) => {
    if (slot === "state") return [];
    const values: [string, () => unknown][] = [
      ...malformed
        .filter(
          ([, value]) =>
            !(slot === "nullableTokenId" && value === null) &&
            !(slot === "boolean" && typeof value === "boolean") &&
            // A list of ids, empty or naming no claim, is well-formed (it finds nothing).
            !(slot === "claimIds" && Array.isArray(value) && value.every((item) => typeof item === "string")),
        )
        .map(([name, value]): [string, () => unknown] => [name, () => value]),
      ...(slot === "form" ? malformedForms(action) : []),
      ...(slot === "selection" ? malformedSelections.map(([name, value]): [string, () => unknown] => [name, () => value]) : []),
    ];
    return values.map(([name, value]) => ({
      name: `${slot} (argument ${index + 1}) = ${name}`,
      args: () => slots.map((other, at) => (at === index ? value() : wellFormed(other))),
    }));
  });
}

// A fresh database per action: each case fingerprints every table before and after, so
// rows left by earlier actions would make every later case slower.
beforeEach(async () => {
  await installTestDatabase();
});

describe("every server action refuses malformed arguments with a typed answer and writes nothing", () => {
  it("knows the parameters of every exported action (a new action needs a line in `signatures`)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(30);
    expect(actions.filter(({ name }) => !signatures[name]).map(({ file, name }) => `${file} ${name}`)).toEqual([]);
    expect(
      actions
        .filter(({ name, action }) => signatures[name] && action.length !== signatures[name]!.length)
        .map(({ name, action }) => `${name}: ${action.length} parameters`),
    ).toEqual([]);
  });

  for (const { file, name, action } of actions) {
    it(`${name} (${file})`, { timeout: 120_000 }, async () => {
      await makeWorld();
      const failures: string[] = [];
      for (const testCase of casesFor(name, signatures[name] ?? [])) {
        const before = await fingerprintDatabase();
        let answer: string;
        try {
          const result = (await action(...testCase.args())) as { status?: string; message?: string } | undefined;
          answer = result?.status === "invalid" || result?.status === "error" ? "refused" : `answered ${JSON.stringify(result)?.slice(0, 120)}`;
        } catch (error) {
          answer = `threw ${(error as Error).name}: ${String((error as Error).message).slice(0, 120)}`;
        }
        const wrote = (await fingerprintDatabase()) !== before;
        if (answer !== "refused" || wrote) failures.push(`${testCase.name}: ${answer}${wrote ? ", and wrote" : ""}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
