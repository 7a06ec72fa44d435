/**
 * The authorization matrix: every action of the app — each exported HTTP method of every
 * `app/**\/route.ts` and each exported server action of every `app/**\/*actions.ts` — with the
 * outcome expected for each role (anonymous, reviewer, editor, admin) and each relation of
 * the acting user to the object (their own, another user's, one of another investigation).
 *
 * It is the single source the tests are generated from (OWASP Authorization Testing
 * Automation):
 * - authorization-table.test.ts (vitest) scans the code and fails when an action is missing
 *   here or a row names one that no longer exists;
 * - actions-matrix.test.ts (vitest) calls every server action with each role's session and
 *   checks the outcome and that a refusal wrote nothing;
 * - authorization-api.spec.ts (Playwright) sends every route method over HTTP with each
 *   role's token (or session cookie, for the export downloads) and checks the same.
 * The table checks single steps; authorization-sequences.test.ts checks SEQUENCES of allowed
 * steps (fast-check `fc.commands` over the real queries): that no chain of assignments lets a
 * reviewer set the verdict of a claim held by someone else, and that nothing changes what an
 * approved claim approved until an editor reopens it.
 *
 * The expectations follow lib/permissions.ts, lib/checking/permissions.ts and the queries:
 * permissions are workspace-wide (every signed-in role reads every investigation); reviewers
 * add sources, claims, evidence, comments, verdicts and facts anywhere and change or delete
 * only their own claims, evidence and comments; editors change anyone's, manage
 * investigations, import annotations and approve; admins also manage people and the
 * organisation, and revoke other people's API tokens (a password reset or a disable revokes
 * them too). Nobody changes their own account here; only its owner creates a token. Reviewers
 * take only unassigned claims and release only their own; editors assign and reassign. An
 * approved claim's span, figure, verdict, rationale, evidence and existence are locked for
 * everyone until an editor reopens it (`#approved` rows: lib/checking/approval-lock.ts).
 */

export const matrixRoles = ["anonymous", "reviewer", "editor", "admin"] as const;
export type MatrixRole = (typeof matrixRoles)[number];
export type SignedInRole = Exclude<MatrixRole, "anonymous">;

/**
 * How the acting user relates to the object of the action:
 * - `own`: they created it (for accounts: it is their own account);
 * - `other`: another user created it (another account);
 * - `otherInvestigation`: the request pairs objects of two investigations (a claim of
 *   another investigation linked to this one's fact, say), which nobody may do;
 * - `none`: the action has no object (create an investigation, sign in).
 */
export const relations = ["own", "other", "otherInvestigation", "none"] as const;
export type Relation = (typeof relations)[number];
export type Outcome = "allowed" | "refused";

export type AuthorizationRow = {
  /** The method and route (`POST /api/v1/claims/[id]/comments`) or the action's name; `#…` names a variant. */
  id: string;
  kind: "route" | "action";
  /** The file that exports it, from the repository root. */
  file: string;
  /** The HTTP method or the action's exported name. */
  export: string;
  /** How a route authenticates: bearer token only, the session cookie, either, or not at all. */
  auth?: "bearer" | "session" | "bearer-or-session" | "public";
  /** What "own" and "other" refer to. */
  object: string;
  /** Whether an allowed call writes to the database (so the test checks that it did). */
  writes: boolean;
  anonymous: Outcome;
  roles: Record<SignedInRole, Partial<Record<Relation, Outcome>>>;
  /** The object is an approved claim (or its evidence), locked for everyone until an editor reopens it. */
  lockedByApproval?: true;
  /** Refused to everyone by another rule that holds for every role (four eyes: approving a verdict one set). */
  refusedToAll?: true;
  note?: string;
};

type Cells = Record<SignedInRole, Partial<Record<Relation, Outcome>>>;
type Spec = Omit<AuthorizationRow, "anonymous" | "roles" | "writes" | "lockedByApproval" | "refusedToAll"> & { writes?: boolean };

const every = (outcome: Outcome, on: readonly Relation[]) =>
  Object.fromEntries(on.map((relation) => [relation, outcome])) as Partial<Record<Relation, Outcome>>;

/**
 * The policies, each expanding to its cells. `on` lists the relations that exist for the
 * object; `reviewerOn` those a reviewer can have (a reviewer never owns an investigation).
 * `crossInvestigation` adds the `otherInvestigation` case, refused for everyone.
 */
type Shape = { on: readonly Relation[]; reviewerOn?: readonly Relation[]; crossInvestigation?: boolean };
const anyOwnerShape: Shape = { on: ["own", "other"] };

function cells(outcomes: (role: SignedInRole, relation: Relation) => Outcome, { on, reviewerOn = on, crossInvestigation = false }: Shape): Cells {
  const build = (role: SignedInRole, relationsOf: readonly Relation[]) => ({
    ...Object.fromEntries(relationsOf.map((relation) => [relation, outcomes(role, relation)])),
    ...(crossInvestigation ? { otherInvestigation: "refused" as const } : {}),
  });
  return { reviewer: build("reviewer", reviewerOn), editor: build("editor", on), admin: build("admin", on) };
}

/** Anyone, signed in or not (Auth.js's own endpoints, the OpenAPI description). */
function publicRow(spec: Spec): AuthorizationRow {
  return {
    writes: false,
    ...spec,
    anonymous: "allowed",
    roles: { reviewer: every("allowed", ["none"]), editor: every("allowed", ["none"]), admin: every("allowed", ["none"]) },
  };
}

/** Every signed-in role, on any object of the workspace. */
function signedIn(spec: Spec, shape: Shape): AuthorizationRow {
  return { writes: true, ...spec, anonymous: "refused", roles: cells(() => "allowed", shape) };
}

/** The object's creator, or any editor or admin. */
function ownOrEditor(spec: Spec, shape: Shape = { on: ["own", "other"] }): AuthorizationRow {
  return {
    writes: true,
    ...spec,
    anonymous: "refused",
    roles: cells((role, relation) => (role !== "reviewer" || relation === "own" ? "allowed" : "refused"), shape),
  };
}

/** Editors and admins only. */
function editorOnly(spec: Spec, shape: Shape): AuthorizationRow {
  return { writes: true, ...spec, anonymous: "refused", roles: cells((role) => (role === "reviewer" ? "refused" : "allowed"), shape) };
}

/** Refused to everyone, whatever their role or relation: an approved claim (lib/checking/approval-lock.ts). */
function lockedByApproval(spec: Spec, shape: Shape = anyOwnerShape): AuthorizationRow {
  return { writes: true, ...spec, lockedByApproval: true, anonymous: "refused", roles: cells(() => "refused", shape) };
}

/** Refused to everyone for a reason other than the approval lock (four eyes: approving a verdict of one's own). */
function refusedToAll(spec: Spec, shape: Shape = anyOwnerShape): AuthorizationRow {
  return { writes: true, ...spec, refusedToAll: true, anonymous: "refused", roles: cells(() => "refused", shape) };
}
/** Admins only; with `on: ["own", "other"]` the object is an account and an admin's own is refused. */
function adminOnly(spec: Spec, shape: Shape): AuthorizationRow {
  return {
    writes: true,
    ...spec,
    anonymous: "refused",
    roles: cells((role, relation) => (role === "admin" && relation !== "own" ? "allowed" : "refused"), shape),
  };
}

/** Only the object's owner, whatever their role (API tokens). */
function ownerOnly(spec: Spec): AuthorizationRow {
  return {
    writes: true,
    ...spec,
    anonymous: "refused",
    roles: cells((_role, relation) => (relation === "own" ? "allowed" : "refused"), { on: ["own", "other"] }),
  };
}

const read = { writes: false } as const;
const investigationShape: Shape = { on: ["own", "other"], reviewerOn: ["other"] };
const anyOwner: Shape = { on: ["own", "other"] };
const none: Shape = { on: ["none"] };

const v1 = (path: string) => `app/api/v1/${path}/route.ts`;
const route = (method: string, path: string, auth: AuthorizationRow["auth"], object: string) => ({
  id: `${method} /api/v1/${path}`,
  kind: "route" as const,
  file: v1(path),
  export: method,
  auth,
  object,
});
const action = (file: string, name: string, object: string, variant?: string) => ({
  id: variant ? `${name}#${variant}` : name,
  kind: "action" as const,
  file: `app/${file}`,
  export: name,
  object,
});

export const authorizationTable: AuthorizationRow[] = [
  // —— Route handlers ——————————————————————————————————————————————————————————————
  publicRow({
    id: "GET /api/auth/[...nextauth]",
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    export: "GET",
    auth: "public",
    object: "Auth.js endpoints (CSRF token, session)",
  }),
  {
    id: "POST /api/auth/[...nextauth]",
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    export: "POST",
    auth: "public",
    object: "Auth.js credentials callback (CSRF double-submit checked by Auth.js)",
    writes: false,
    anonymous: "refused",
    roles: { reviewer: every("allowed", ["none"]), editor: every("allowed", ["none"]), admin: every("allowed", ["none"]) },
    note: "A session cookie is issued only for an account's own email and password; anonymous (an unknown email) gets none.",
  },
  signedIn(
    {
      id: "GET /api/export/investigations/[id]",
      kind: "route",
      file: "app/api/export/investigations/[id]/route.ts",
      export: "GET",
      auth: "session",
      object: "investigation",
      ...read,
    },
    investigationShape,
  ),
  signedIn(
    {
      id: "GET /api/export/sources/[id]",
      kind: "route",
      file: "app/api/export/sources/[id]/route.ts",
      export: "GET",
      auth: "session",
      object: "source",
      ...read,
    },
    anyOwner,
  ),
  signedIn(
    {
      id: "GET /api/sources/[id]/suggestions",
      kind: "route",
      file: "app/api/sources/[id]/suggestions/route.ts",
      export: "GET",
      auth: "session",
      object: "source",
      ...read,
      note: "The reader's suggestions, fetched after hydration.",
    },
    anyOwner,
  ),
  signedIn(
    {
      id: "GET /api/captures/[id]/screenshot",
      kind: "route",
      file: "app/api/captures/[id]/screenshot/route.ts",
      export: "GET",
      auth: "session",
      object: "capture (of an evidence link)",
      ...read,
      note: "The evidence item's thumbnail and the capture page's screenshot (PNG).",
    },
    anyOwner,
  ),
  signedIn(
    {
      id: "GET /api/captures/[id]/archive",
      kind: "route",
      file: "app/api/captures/[id]/archive/route.ts",
      export: "GET",
      auth: "session",
      object: "capture (of an evidence link)",
      ...read,
      note: "The WACZ download (attachment, nosniff).",
    },
    anyOwner,
  ),
  publicRow({ ...route("GET", "openapi.json", "public", "the API description (no data)") }),
  publicRow({ id: "GET /api/docs", kind: "route", file: "app/api/docs/route.ts", export: "GET", auth: "public", object: "the API reference page (no data)" }),
  publicRow({
    id: "GET /api/docs/assets/[file]",
    kind: "route",
    file: "app/api/docs/assets/[file]/route.ts",
    export: "GET",
    auth: "public",
    object: "the API reference's scripts and styles (no data)",
  }),
  signedIn({ ...route("GET", "me", "bearer", "none (the caller's own account)"), ...read }, none),
  signedIn({ ...route("GET", "notifications", "bearer", "none (the caller's own notifications, and only theirs)"), ...read }, none),
  ownerOnly(route("POST", "notifications/read", "bearer", "notification (`{ ids }`; another person's id answers 404)")),
  signedIn({ ...route("GET", "notifications/events", "bearer-or-session", "none (the caller's own unread count)"), ...read }, none),
  signedIn({ ...route("GET", "me/work", "bearer", "none (the caller's own queue)"), ...read }, none),
  signedIn({ ...route("GET", "investigations", "bearer", "none (every investigation the caller may read)"), ...read }, none),
  signedIn({ ...route("GET", "search", "bearer", "none (things of every investigation the caller may read; `investigation=` keeps to one)"), ...read }, none),

  editorOnly(route("POST", "investigations", "bearer", "none (creates an investigation)"), none),
  signedIn({ ...route("GET", "investigations/[id]", "bearer", "investigation"), ...read }, investigationShape),
  editorOnly(route("PATCH", "investigations/[id]", "bearer", "investigation (its published address, its report language)"), investigationShape),
  editorOnly(route("POST", "investigations/[id]/public-link", "bearer", "investigation (publishes its public report at a new link)"), investigationShape),
  editorOnly(route("DELETE", "investigations/[id]/public-link", "bearer", "investigation (revokes its public link)"), investigationShape),
  publicRow({
    id: "GET /p/[token]",
    kind: "route",
    file: "app/p/[token]/route.ts",
    export: "GET",
    auth: "public",
    object: "an investigation's public report, for anyone holding its link (the token is the credential)",
    note: "Shows the public report only (approved claims, no people, no workspace links); a revoked or expired link answers 404 (e2e/public-report.spec.ts).",
  }),
  signedIn({ ...route("GET", "investigations/[id]/agreement", "bearer", "investigation"), ...read }, investigationShape),
  signedIn({ ...route("GET", "investigations/[id]/claims", "bearer", "investigation (its filtered claim list)"), ...read }, investigationShape),
  signedIn({ ...route("GET", "investigations/[id]/events", "bearer-or-session", "investigation"), ...read }, investigationShape),
  signedIn({ ...route("GET", "investigations/[id]/export", "bearer", "investigation"), ...read }, investigationShape),
  signedIn({ ...route("GET", "investigations/[id]/facts", "bearer", "investigation"), ...read }, investigationShape),
  signedIn(route("POST", "investigations/[id]/facts", "bearer", "investigation (claims named from another investigation are refused)"), {
    ...investigationShape,
    crossInvestigation: true,
  }),
  editorOnly(route("POST", "investigations/[id]/import", "bearer", "investigation"), investigationShape),
  signedIn(route("POST", "investigations/[id]/sources", "bearer", "investigation"), investigationShape),
  editorOnly({ ...route("GET", "investigations/[id]/webhooks", "bearer", "investigation (its webhooks and delivery logs)"), ...read }, investigationShape),
  editorOnly(route("POST", "investigations/[id]/webhooks", "bearer", "investigation (adds a webhook)"), investigationShape),
  editorOnly(route("DELETE", "investigations/[id]/webhooks/[webhookId]", "bearer", "webhook (one of another investigation is refused)"), {
    ...investigationShape,
    crossInvestigation: true,
  }),

  signedIn({ ...route("GET", "sources/[id]", "bearer", "source"), ...read }, anyOwner),
  ownOrEditor(route("PATCH", "sources/[id]", "bearer", "source (its title, outlet, url and date)")),
  signedIn({ ...route("GET", "sources/[id]/claims", "bearer", "source"), ...read }, anyOwner),
  signedIn(route("POST", "sources/[id]/claims", "bearer", "source"), anyOwner),
  signedIn({ ...route("GET", "sources/[id]/export", "bearer", "source"), ...read }, anyOwner),
  signedIn({ ...route("GET", "sources/[id]/suggestions", "bearer", "source"), ...read }, anyOwner),
  signedIn(route("PUT", "sources/[id]/text", "bearer", "source"), anyOwner),
  signedIn({ ...route("GET", "sources/[id]/versions", "bearer", "source"), ...read }, anyOwner),

  signedIn({ ...route("GET", "claims/[id]", "bearer", "claim"), ...read }, anyOwner),
  ownOrEditor({
    ...route("PATCH", "claims/[id]", "bearer", "claim (its verdict and rationale)"),
    note: "A reviewer also sets the verdict of a claim assigned to them (lib/checking/permissions.ts).",
  }),
  ownOrEditor(route("DELETE", "claims/[id]", "bearer", "claim")),
  lockedByApproval({ ...route("PATCH", "claims/[id]", "bearer", "approved claim (its verdict and rationale)"), id: "PATCH /api/v1/claims/[id]#approved" }),
  ownOrEditor({
    ...route("PATCH", "claims/[id]", "bearer", "claim (its statement, claimant and published address)"),
    id: "PATCH /api/v1/claims/[id]#publication",
  }),
  lockedByApproval({
    ...route("PATCH", "claims/[id]", "bearer", "approved claim (its statement and claimant)"),
    id: "PATCH /api/v1/claims/[id]#statement-approved",
  }),
  ownOrEditor({
    ...route("PATCH", "claims/[id]", "bearer", "approved claim (its published address stays open)"),
    id: "PATCH /api/v1/claims/[id]#published-url-approved",
  }),
  lockedByApproval({ ...route("DELETE", "claims/[id]", "bearer", "approved claim"), id: "DELETE /api/v1/claims/[id]#approved" }),
  editorOnly({ ...route("PATCH", "claims/[id]", "bearer", "approved claim (its status: reopen)"), id: "PATCH /api/v1/claims/[id]#reopen" }, anyOwner),
  editorOnly(
    { ...route("PATCH", "claims/[id]", "bearer", "claim assigned to another person (the caller takes it)"), id: "PATCH /api/v1/claims/[id]#take-held" },
    anyOwner,
  ),
  signedIn({ ...route("PATCH", "claims/[id]", "bearer", "unassigned claim (the caller takes it)"), id: "PATCH /api/v1/claims/[id]#take-unassigned" }, anyOwner),
  editorOnly({ ...route("PATCH", "claims/[id]", "bearer", "claim (its due date)"), id: "PATCH /api/v1/claims/[id]#due-date" }, anyOwner),
  refusedToAll({
    ...route("PATCH", "claims/[id]", "bearer", "claim whose verdict the caller set (approve it)"),
    id: "PATCH /api/v1/claims/[id]#approve-own-verdict",
    note: "Four eyes (on by default): the verdict's author may not approve it; reviewers may not approve at all (lib/checking/four-eyes.ts).",
  }),
  signedIn(route("POST", "claims/[id]/assessments", "bearer", "claim (records the caller's own verdict)"), anyOwner),
  signedIn(route("POST", "claims/[id]/comments", "bearer", "claim"), anyOwner),
  signedIn(route("POST", "claims/[id]/evidence", "bearer", "claim"), anyOwner),
  lockedByApproval({ ...route("POST", "claims/[id]/evidence", "bearer", "approved claim"), id: "POST /api/v1/claims/[id]/evidence#approved" }),
  signedIn(
    { ...route("POST", "claims/[id]/comments", "bearer", "approved claim (comments stay open)"), id: "POST /api/v1/claims/[id]/comments#approved" },
    anyOwner,
  ),
  signedIn(
    {
      ...route("GET", "claims/[id]/history", "bearer", "claim"),
      ...read,
      note: "Others' hidden independent verdicts are left out (db/queries/claim-detail.ts).",
    },
    anyOwner,
  ),
  signedIn({ ...route("GET", "claims/[id]/link-suggestions", "bearer", "claim"), ...read }, anyOwner),
  signedIn(
    {
      ...route("GET", "claims/[id]/checked-before", "bearer", "claim"),
      ...read,
      note: "Earlier claims of every investigation the caller may read (every role reads all; db/queries/checked-before.ts).",
    },
    anyOwner,
  ),
  signedIn({ ...route("GET", "claims/[id]/quantity", "bearer", "claim"), ...read }, anyOwner),
  ownOrEditor(route("PUT", "claims/[id]/quantity", "bearer", "claim (its figure)")),
  lockedByApproval({ ...route("PUT", "claims/[id]/quantity", "bearer", "approved claim (its figure)"), id: "PUT /api/v1/claims/[id]/quantity#approved" }),

  signedIn({ ...route("GET", "evidence/[id]", "bearer", "evidence item"), ...read }, anyOwner),
  ownOrEditor(route("PATCH", "evidence/[id]", "bearer", "evidence item")),
  ownOrEditor(route("DELETE", "evidence/[id]", "bearer", "evidence item")),
  lockedByApproval({ ...route("PATCH", "evidence/[id]", "bearer", "evidence item of an approved claim"), id: "PATCH /api/v1/evidence/[id]#approved" }),
  lockedByApproval({ ...route("DELETE", "evidence/[id]", "bearer", "evidence item of an approved claim"), id: "DELETE /api/v1/evidence/[id]#approved" }),
  ownOrEditor(route("POST", "evidence/[id]/capture", "bearer", "evidence item (captures its page again)")),
  lockedByApproval({
    ...route("POST", "evidence/[id]/capture", "bearer", "evidence item of an approved claim (captures its page again)"),
    id: "POST /api/v1/evidence/[id]/capture#approved",
  }),
  signedIn({ ...route("GET", "captures/[id]", "bearer", "capture of an evidence item"), ...read }, anyOwner),
  signedIn({ ...route("GET", "captures/[id]/text", "bearer", "capture of an evidence item"), ...read }, anyOwner),
  signedIn({ ...route("GET", "captures/[id]/screenshot.png", "bearer", "capture of an evidence item"), ...read }, anyOwner),
  signedIn({ ...route("GET", "captures/[id]/archive.wacz", "bearer", "capture of an evidence item"), ...read }, anyOwner),
  ownOrEditor({
    ...route("POST", "captures/[id]/recheck", "bearer", "capture of an evidence item (checks the live page again)"),
    note: "Who may change the evidence that shows the capture: its author, or an editor (db/queries/capture-requests.ts).",
  }),

  signedIn({ ...route("GET", "comments/[id]", "bearer", "comment"), ...read }, anyOwner),
  ownOrEditor(route("PATCH", "comments/[id]", "bearer", "comment")),
  ownOrEditor(route("DELETE", "comments/[id]", "bearer", "comment")),

  signedIn({ ...route("GET", "facts/[id]", "bearer", "fact"), ...read }, anyOwner),
  signedIn(
    {
      ...route("POST", "facts/[id]/claims", "bearer", "fact and claim (a claim of another investigation is refused)"),
      note: "Linking is collaborative: anyone links any claim of the investigation.",
    },
    { ...anyOwner, crossInvestigation: true },
  ),
  signedIn(route("DELETE", "facts/[id]/claims", "bearer", "fact and claim (a claim not of this fact is refused)"), { ...anyOwner, crossInvestigation: true }),

  // —— Server actions ——————————————————————————————————————————————————————————————
  {
    ...action("(auth)/signin/actions.ts", "signInAction", "none (signs in with the submitted email and password)"),
    writes: false,
    anonymous: "allowed",
    roles: { reviewer: every("allowed", ["none"]), editor: every("allowed", ["none"]), admin: every("allowed", ["none"]) },
    note: "Public by design; throttled per account and address (lib/sign-in-throttle.ts).",
  },
  {
    ...action("(auth)/sign-out-actions.ts", "signOutAction", "none (ends the caller's own session)"),
    writes: false,
    anonymous: "allowed",
    roles: { reviewer: every("allowed", ["none"]), editor: every("allowed", ["none"]), admin: every("allowed", ["none"]) },
    note: "Harmless for anyone; signing out moves the account's session version on.",
  },
  {
    ...action("(auth)/signin/language-actions.ts", "chooseLanguageAction", "none (the visitor's own language cookie)"),
    writes: false,
    anonymous: "allowed",
    roles: { reviewer: every("allowed", ["none"]), editor: every("allowed", ["none"]), admin: every("allowed", ["none"]) },
    note: "The sign-in page's language switch: sets only the caller's own cookie, to a language the interface speaks.",
  },
  editorOnly(action("(workspace)/investigation-actions.ts", "createInvestigationAction", "none"), none),
  editorOnly(action("(workspace)/investigation-actions.ts", "renameInvestigationAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/investigation-actions.ts", "deleteInvestigationAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/investigation-actions.ts", "saveInvestigationSettingsAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/investigation-actions.ts", "saveReportLanguageAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/investigations/[id]/four-eyes-actions.ts", "saveFourEyesAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/investigations/[id]/daily-recheck-actions.ts", "saveDailyRecheckAction", "investigation"), investigationShape),
  signedIn({ ...action("(workspace)/my-work-actions.ts", "listDraftClaimsAction", "none (claims named by the caller's own drafts)"), ...read }, none),
  signedIn({ ...action("(workspace)/search-actions.ts", "showMoreSearchResultsAction", "none (a search's next page)"), ...read }, none),
  signedIn({ ...action("(workspace)/follow-actions.ts", "setClaimFollowedAction", "claim (the caller follows or unfollows it for themselves)") }, anyOwner),
  signedIn({ ...action("(workspace)/follow-actions.ts", "setFactFollowedAction", "fact (the caller follows or unfollows it for themselves)") }, anyOwner),
  editorOnly(action("(workspace)/import-actions.ts", "importAnnotationsAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/webhook-actions.ts", "addWebhookAction", "investigation (adds a webhook)"), investigationShape),
  editorOnly(action("(workspace)/webhook-actions.ts", "removeWebhookAction", "webhook (one of another investigation is refused)"), {
    ...investigationShape,
    crossInvestigation: true,
  }),
  editorOnly(
    action("(workspace)/investigations/[id]/publication-actions.ts", "savePublishedAddressAction", "investigation (its published address)"),
    investigationShape,
  ),
  editorOnly(
    action("(workspace)/investigations/[id]/publication-actions.ts", "createPublicLinkAction", "investigation (a public link to its public report)"),
    investigationShape,
  ),
  editorOnly(action("(workspace)/investigations/[id]/publication-actions.ts", "revokePublicLinkAction", "investigation (its public link)"), investigationShape),

  signedIn(action("(workspace)/source-actions.ts", "createSourceAction", "investigation"), investigationShape),
  signedIn(action("(workspace)/source-actions.ts", "importSourceFromUrlAction", "investigation"), investigationShape),
  signedIn(action("(workspace)/source-actions.ts", "uploadSourceAction", "investigation"), investigationShape),
  editorOnly(action("(workspace)/source-actions.ts", "deleteSourceAction", "source"), anyOwner),
  signedIn({ ...action("(workspace)/source-actions.ts", "updateSourceTextAction", "source"), note: "A new version; earlier ones are kept." }, anyOwner),
  ownOrEditor(action("(workspace)/source-actions.ts", "updateSourceDetailsAction", "source (its title, outlet, url and date)")),

  signedIn(action("(workspace)/sources/[id]/claim-actions.ts", "createClaimAction", "source"), anyOwner),
  ownOrEditor(action("(workspace)/sources/[id]/claim-actions.ts", "updateClaimSpanAction", "claim")),
  ownOrEditor(action("(workspace)/sources/[id]/claim-actions.ts", "deleteClaimAction", "claim")),
  lockedByApproval(action("(workspace)/sources/[id]/claim-actions.ts", "updateClaimSpanAction", "approved claim", "approved")),
  lockedByApproval(action("(workspace)/sources/[id]/claim-actions.ts", "deleteClaimAction", "approved claim", "approved")),

  ownOrEditor(action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "claim (its verdict and rationale)", "verdict")),
  editorOnly(action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "claim (its due date)", "due-date"), anyOwner),
  refusedToAll({
    ...action(
      "(workspace)/sources/[id]/checking-actions.ts",
      "saveClaimReviewAction",
      "claim whose verdict the caller set (approve it)",
      "approve-own-verdict",
    ),
    note: "Four eyes (on by default): the verdict's author may not approve it; reviewers may not approve at all.",
  }),
  signedIn(
    action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "claim (its status: open → in review)", "send-for-review"),
    anyOwner,
  ),
  editorOnly(action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "claim (its status: approve)", "approve"), anyOwner),
  lockedByApproval(
    action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "approved claim (its verdict and rationale)", "verdict-approved"),
  ),
  editorOnly(action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "approved claim (its status: reopen)", "reopen"), anyOwner),
  signedIn(
    action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "unassigned claim (the caller takes it)", "take-unassigned"),
    anyOwner,
  ),
  editorOnly(
    action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "claim assigned to another person (the caller takes it)", "take-held"),
    anyOwner,
  ),
  editorOnly(action("(workspace)/sources/[id]/checking-actions.ts", "saveClaimReviewAction", "claim (assigned to a third person)", "assign-other"), anyOwner),
  {
    ...ownOrEditor(
      action(
        "(workspace)/sources/[id]/checking-actions.ts",
        "saveClaimReviewAction",
        "claim's assignment (own: assigned to the caller; other: to someone else), released",
        "release",
      ),
    ),
    note: "Here `own` means the claim is assigned to the caller, whoever created it.",
  },
  ownOrEditor(action("(workspace)/sources/[id]/publication-actions.ts", "saveClaimPublicationAction", "claim (its statement, claimant and published address)")),
  lockedByApproval(
    action("(workspace)/sources/[id]/publication-actions.ts", "saveClaimPublicationAction", "approved claim (its statement and claimant)", "approved"),
  ),
  signedIn(action("(workspace)/sources/[id]/checking-actions.ts", "addEvidenceAction", "claim"), anyOwner),
  ownOrEditor(action("(workspace)/sources/[id]/checking-actions.ts", "updateEvidenceAction", "evidence item")),
  ownOrEditor(action("(workspace)/sources/[id]/checking-actions.ts", "removeEvidenceAction", "evidence item")),
  lockedByApproval(action("(workspace)/sources/[id]/checking-actions.ts", "addEvidenceAction", "approved claim", "approved")),
  lockedByApproval(action("(workspace)/sources/[id]/checking-actions.ts", "updateEvidenceAction", "evidence item of an approved claim", "approved")),
  lockedByApproval(action("(workspace)/sources/[id]/checking-actions.ts", "removeEvidenceAction", "evidence item of an approved claim", "approved")),
  ownOrEditor(action("(workspace)/captures/capture-actions.ts", "retryCaptureAction", "failed capture of an evidence item")),
  ownOrEditor(action("(workspace)/captures/capture-actions.ts", "recaptureEvidenceAction", "evidence item (captured again)")),
  ownOrEditor(action("(workspace)/captures/capture-actions.ts", "recheckCaptureAction", "capture of an evidence item (checked against the live page)")),
  lockedByApproval(action("(workspace)/captures/capture-actions.ts", "recaptureEvidenceAction", "evidence item of an approved claim", "approved")),
  signedIn(action("(workspace)/sources/[id]/checking-actions.ts", "addCommentAction", "claim"), anyOwner),
  ownOrEditor(action("(workspace)/sources/[id]/checking-actions.ts", "removeCommentAction", "comment")),
  signedIn(action("(workspace)/sources/[id]/checking-actions.ts", "recordAssessmentAction", "claim (records the caller's own verdict)"), anyOwner),
  signedIn(
    action("(workspace)/sources/[id]/checking-actions.ts", "recordAssessmentAction", "approved claim (independent verdicts stay open)", "approved"),
    anyOwner,
  ),
  signedIn(action("(workspace)/sources/[id]/checking-actions.ts", "addCommentAction", "approved claim (comments stay open)", "approved"), anyOwner),

  signedIn(action("(workspace)/sources/[id]/fact-actions.ts", "linkFactAction", "claim (linked to a new fact of the investigation named)"), {
    ...anyOwner,
    crossInvestigation: true,
  }),
  signedIn(action("(workspace)/sources/[id]/fact-actions.ts", "unlinkFactAction", "claim (unlinked from its fact)"), { ...anyOwner, crossInvestigation: true }),
  signedIn(
    action(
      "(workspace)/sources/[id]/checked-before-actions.ts",
      "linkCheckedBeforeAction",
      "claim (linked into an earlier claim's fact, of its own investigation only)",
    ),
    {
      ...anyOwner,
      crossInvestigation: true,
    },
  ),
  signedIn(
    action(
      "(workspace)/sources/[id]/checked-before-actions.ts",
      "copyCheckedBeforeEvidenceAction",
      "claim (an earlier claim's evidence copied onto it, from any investigation)",
    ),
    anyOwner,
  ),
  lockedByApproval(
    action("(workspace)/sources/[id]/checked-before-actions.ts", "copyCheckedBeforeEvidenceAction", "approved claim (no evidence copied onto it)", "approved"),
  ),
  ownOrEditor(action("(workspace)/facts/[id]/actions.ts", "correctQuantityAction", "claim (its figure)")),
  ownOrEditor(action("(workspace)/facts/[id]/actions.ts", "clearQuantityCorrectionAction", "claim (its figure)")),
  lockedByApproval(action("(workspace)/facts/[id]/actions.ts", "correctQuantityAction", "approved claim (its figure)", "approved")),
  lockedByApproval(action("(workspace)/facts/[id]/actions.ts", "clearQuantityCorrectionAction", "approved claim (its figure)", "approved")),

  adminOnly(action("(workspace)/settings/organisation/actions.ts", "saveOrganisationAction", "none (the organisation)"), none),
  adminOnly(action("(workspace)/settings/people/actions.ts", "createUserAction", "none (creates an account)"), none),
  adminOnly(action("(workspace)/settings/people/actions.ts", "setRoleAction", "account"), anyOwner),
  adminOnly(action("(workspace)/settings/people/actions.ts", "setDisabledAction", "account"), anyOwner),
  adminOnly(action("(workspace)/settings/people/actions.ts", "resetPasswordAction", "account (also revokes its API tokens)"), anyOwner),
  adminOnly(action("(workspace)/settings/people/actions.ts", "revokePersonTokensAction", "account (one or all of its API tokens)"), anyOwner),
  signedIn(action("(workspace)/settings/profile/actions.ts", "saveProfileAction", "none (the caller's own interface language)"), none),
  signedIn(action("(workspace)/settings/tokens/actions.ts", "createApiTokenAction", "none (a token for the caller)"), none),
  ownerOnly(action("(workspace)/settings/tokens/actions.ts", "revokeApiTokenAction", "API token")),
  ownerOnly(action("(workspace)/notifications/actions.ts", "markNotificationReadAction", "notification")),
  signedIn(action("(workspace)/notifications/actions.ts", "markAllNotificationsReadAction", "none (the caller's own notifications)"), none),
];

export type AuthorizationCase = { row: AuthorizationRow; role: MatrixRole; relation: Relation; expected: Outcome };

/**
 * Every cell of a row. Anonymous requests use the `other` object (or none); the
 * `otherInvestigation` case of an anonymous caller adds nothing and is left out.
 */
export function casesOf(row: AuthorizationRow): AuthorizationCase[] {
  const relationsOfRow = new Set(Object.values(row.roles).flatMap((byRelation) => Object.keys(byRelation) as Relation[]));
  const anonymousRelation: Relation = relationsOfRow.has("other") ? "other" : "none";
  return [
    { row, role: "anonymous", relation: anonymousRelation, expected: row.anonymous },
    ...(["reviewer", "editor", "admin"] as const).flatMap((role) =>
      relations
        .filter((relation) => row.roles[role][relation] !== undefined)
        .map((relation) => ({ row, role, relation, expected: row.roles[role][relation]! })),
    ),
  ];
}

export function rowsOfKind(kind: AuthorizationRow["kind"]): AuthorizationRow[] {
  return authorizationTable.filter((row) => row.kind === kind);
}

/** "reviewer/other" — how a case is named in test output. */
export function caseName({ role, relation }: Pick<AuthorizationCase, "role" | "relation">): string {
  return relation === "none" ? role : `${role}/${relation}`;
}
