import { z } from "zod";
import { EvidenceInput } from "../checking/evidence";
import { CommentInput } from "../checking/inputs";
import { AssessmentInput, CreateClaimInput, CreateFactInput, LinkClaimsInput, UpdateClaimReviewInput } from "../validation/api";
import { CreateInvestigationInput } from "../validation/investigation";
import { MarkNotificationsReadInput } from "../validation/notifications";
import { PublicLinkInput } from "../validation/public-link";
import { UpdateInvestigationInput } from "../validation/publication";
import { CreateSourceInput, UpdateSourceDetailsInput } from "../validation/source";
import { CreateWebhookInput } from "../validation/webhook";
import { WEBHOOK_EVENTS } from "../webhooks/sent-events";

/**
 * The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. Request
 * schemas are generated from the same zod schemas the handlers validate with, so the
 * document cannot drift from what the server accepts.
 */
const inputSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: object) => ({ "application/json": { schema } });
const errorResponses = {
  "401": { description: "Missing, unknown or revoked token.", content: jsonContent(ref("Error")) },
  "403": { description: "Your role may not do this.", content: jsonContent(ref("Error")) },
  "404": { description: "Not found.", content: jsonContent(ref("Error")) },
  "503": {
    description:
      "`UNAVAILABLE`: the database cannot be reached for the moment (restarting, failing over); nothing was changed. Retry after `Retry-After` seconds.",
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: jsonContent(ref("Error")),
  },
};
/** For changes to what an approval covers (lib/checking/approval-lock.ts): refused to everyone while the claim is approved. */
const approvalLockResponses = {
  "403": {
    description:
      'Your role may not do this, or the claim is approved: "This claim is approved; an editor must reopen it before …" (editors too). Nothing was written.',
    content: jsonContent(ref("Error")),
  },
};
const idParameter = (description: string) => [{ name: "id", in: "path", required: true, description, schema: { type: "string" } }];

const ifMatch = [
  {
    name: "If-Match",
    in: "header",
    required: true,
    description:
      'The strong ETag from your last read, e.g. "v3". Missing (or `*`, a list, another tag): 428. Stale: 412 with the current values in error.fields. A weak ETag (W/"v3") never matches: 412.',
    schema: { type: "string" },
  },
];
const preconditionResponses = {
  "412": { description: "Someone changed it since your read, or If-Match named a weak ETag; nothing was written.", content: jsonContent(ref("Error")) },
  "428": { description: "If-Match is required.", content: jsonContent(ref("Error")) },
};
const withEtag = (description: string, schema: object) => ({ description, headers: { ETag: { schema: { type: "string" } } }, content: jsonContent(schema) });
const object = { type: "object" };
const exportFormatParameter = {
  name: "format",
  in: "query",
  required: true,
  description: "html, pdf, md, csv, w3c or claimreview",
  schema: { type: "string", enum: ["html", "pdf", "md", "csv", "w3c", "claimreview"] },
};

const webhookDescription = `Events sent: ${WEBHOOK_EVENTS.map((event) => `\`${event}\``).join(", ")} (nothing else: no account, token or settings changes). Each is POSTed as JSON (the WebhookPayload schema) with \`Content-Type: application/json\`, \`X-Corroborate-Delivery\` (the delivery id), \`X-Corroborate-Event\`, \`X-Corroborate-Timestamp\` (Unix seconds) and \`X-Corroborate-Signature: sha256=<hex>\`, the lowercase hex HMAC-SHA256, keyed with the secret, of \`<timestamp>.<raw body>\`. Verify it in constant time and refuse old timestamps. Answer 2xx within 10 s; anything else (a redirect too: none is followed) is retried with exponential back-off and jitter (about 30 s, 2 min, 8 min, 32 min, 2 h, 6 h, 6 h), 8 attempts in all, then the delivery is \`failed\`. A delivery may rarely arrive twice (a server stopped before recording the answer): ignore an id you have seen. The address is checked like URL import — public addresses on ports 80/443 only, unless the server's IMPORT_ALLOW_HOSTS lists the host — when the webhook is added and again before every delivery.`;
const exportAudienceParameter = {
  name: "audience",
  in: "query",
  required: false,
  description:
    "internal (default): everything you may read. public: what may leave the building — approved claims only, each with its statement, claimant, appearance (its source's address and date) and published fact-check address, verdict, rationale and evidence; no comments, independent verdicts, assignees, creators or approvers, links into the workspace or anchor warnings; sources without an approved claim are left out.",
  schema: { type: "string", enum: ["internal", "public"], default: "internal" },
};
const pageParameters = [
  { name: "cursor", in: "query", required: false, description: "The `nextCursor` of the previous page.", schema: { type: "string" } },
  { name: "limit", in: "query", required: false, description: "Rows per page, 1–200 (default 50).", schema: { type: "integer", minimum: 1, maximum: 200 } },
];
const filter = (name: string, description: string, schema: object = { type: "string" }) => ({ name, in: "query", required: false, description, schema });
const yesNo = { type: "string", enum: ["1", "0", "true", "false", "yes", "no"] };
const claimFilterParameters = [
  filter("status", "open, in-review or approved.", { type: "string", enum: ["open", "in-review", "approved"] }),
  filter("verdict", "A key of the investigation's scale (such as mostly-false), or `none` for claims without a verdict."),
  filter("assignee", "A user id, `me` (the caller) or `none` (unassigned)."),
  filter("source", "A source id."),
  filter("fact", "A fact id, or `none` for claims not linked to a fact."),
  filter("conflict", "1: claims in a conflicting pair of their fact; 0: the others.", yesNo),
  filter("overdue", "1: past their due day (UTC) and not approved; 0: the others.", yesNo),
];

const offsetNote = "Offsets are UTF-16 code units (JavaScript string indices) into the source version's text, end exclusive.";

const describedApi = {
  openapi: "3.1.0",
  info: {
    title: "Corroborate API",
    version: "1",
    description: `Personal API tokens (Settings → API tokens, or \`npm run users -- token <email>\`) are sent as \`Authorization: Bearer <token>\`. Errors are \`{ "error": { "code", "message", "fields"? } }\`. Text must be well-formed Unicode: a string holding a lone surrogate (a JSON escape such as \`\\ud83d\` without its pair) is refused with 422 and the place at \`error.fields\`, before anything is stored. ${offsetNote} Any POST may send \`Idempotency-Key\` (1–200 visible ASCII characters): a resend with the same key and body is answered from the first request (\`Idempotent-Replayed: true\`) instead of running again; the same key with another body gets 422 IDEMPOTENCY_KEY_REUSED, a resend while the first still runs 409 IDEMPOTENCY_IN_PROGRESS.`,
  },
  servers: [{ url: "/api/v1" }],
  security: [{ bearerAuth: [] }],
  paths: {
    "/search": {
      get: {
        summary: "Search every investigation you may read: claims, sources, facts, evidence and comments, best first",
        description:
          'Case and accents are ignored ("carcel" finds "cárcel"); Spanish and English words match their other forms ("deportados" finds "deportado"); "40.000" and "40,000" are one number. `q` is words (all must match), "quoted phrases" (words in that order) and -excluded words or -"phrases"; nothing else is syntax (OR, NOT, *, :, parentheses are text). A `q` with no word to search answers no results (`query.isSearchable` false, `query.emptyReason` says why), not an error. Filters are optional and must all hold; `verdict` and `status` belong to claims, so they find claims only. Results are ordered by relevance (SQLite bm25, PostgreSQL ts_rank_cd; `score` = relevance / (1 + relevance), in 0..1), then by index row. Pass `nextCursor` as `cursor` for the next page (null on the last, and after 10,000 results); a cursor counts the results before its page, so a page taken while things change may repeat or pass over a result that moved a place, never the rest. `counts` (matches by kind under every filter but `kind`) come with the first page only, unless `counts=0`. A bad parameter is 400 with the reason at `error.fields.<name>`.',
        parameters: [
          filter("q", "The query (at most 1,000 characters)."),
          filter("kind", "Only this kind.", { type: "string", enum: ["claim", "source", "fact", "evidence", "comment"] }),
          filter("investigation", "Only this investigation (its id)."),
          filter("verdict", "Claims with this verdict key (such as mostly-false)."),
          filter("status", "Claims with this status.", { type: "string", enum: ["open", "in-review", "approved"] }),
          filter(
            "language",
            "ISO 639-1 code of the text's language (a claim's, evidence's and comment's is its source's; a fact's is its investigation's report language).",
          ),
          filter("outlet", "The outlet, whole, case ignored (sources and their claims, evidence)."),
          filter(
            "from",
            "First day, YYYY-MM-DD: a source's publication day (else the day it was added), evidence's access day (else added), others' creation day.",
            { type: "string", format: "date" },
          ),
          filter("to", "Last day, YYYY-MM-DD, included.", { type: "string", format: "date" }),
          { name: "cursor", in: "query", required: false, description: "The `nextCursor` of the previous page.", schema: { type: "string" } },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Results per page, 1–50 (default 20).",
            schema: { type: "integer", minimum: 1, maximum: 50 },
          },
          filter("counts", "1 (default): the first page counts the matches by kind; 0: no counts (`counts` null), a faster answer.", {
            type: "string",
            enum: ["1", "0"],
          }),
        ],
        responses: {
          "200": { description: "OK.", content: jsonContent(ref("SearchPage")) },
          "400": { description: "A bad parameter, at its field.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/investigations": {
      get: {
        summary: "The investigations you may read, newest first, with their claims counted by status",
        description:
          "Cursor-paginated: pass the response's `nextCursor` as `cursor` for the next page (null on the last). A bad `cursor` or `limit` is 422 at that field.",
        parameters: pageParameters,
        responses: {
          "200": { description: "OK.", content: jsonContent(ref("InvestigationPage")) },
          "422": { description: "Bad cursor or limit.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
      post: {
        summary: "Create an investigation (editors and admins)",
        requestBody: { required: true, content: jsonContent(inputSchema(CreateInvestigationInput)) },
        responses: {
          "201": { description: "Created.", content: jsonContent(ref("Investigation")) },
          "422": { description: "Invalid input.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/investigations/{id}": {
      get: {
        summary: "An investigation with its sources",
        parameters: idParameter("Investigation id"),
        responses: { "200": withEtag("OK. The ETag names the investigation's version (for `If-Match` on PATCH).", ref("Investigation")), ...errorResponses },
      },
      patch: {
        summary: "Set where the investigation's fact-check is published, the language of its reports and its daily re-check (editors)",
        description:
          "`publishedUrl` (http or https; null or a blank string clears it) is the public report's and ClaimReview's `url` for every claim without an address of its own. Recorded in the investigation's history as `investigation.published-url-changed`. `reportLanguage` (`en` or `es`) is the language the HTML, PDF and Markdown reports and the public report are written in, and ClaimReview's `inLanguage`; recorded as `investigation.settings-changed`. `dailyRecheck` (true or false) checks the live page of every captured evidence link against its capture once a day; recorded as `investigation.settings-changed`. Each field is optional (at least one); the fields given are saved together or not at all.",
        parameters: [...idParameter("Investigation id"), ...ifMatch],
        requestBody: { required: true, content: jsonContent(inputSchema(UpdateInvestigationInput)) },
        responses: {
          "200": withEtag("Updated.", ref("Investigation")),
          "422": { description: "Invalid input, with the reason at the field.", content: jsonContent(ref("Error")) },
          ...preconditionResponses,
          ...errorResponses,
        },
      },
    },
    "/investigations/{id}/public-link": {
      post: {
        summary: "Publish the investigation's public report at a new unguessable address that needs no sign-in (editors)",
        description:
          "Answers `{ url, expiresAt, indexable }`. The page at `url` shows the public report (see `audience=public` on the export) with its ClaimReview JSON-LD, and nothing else of the workspace; it is not cached, and not indexed unless `indexable` is true. One link per investigation works at a time: a new one revokes the one before. The body is optional; `expiresInDays` is 1–365, 30 when omitted. After it expires, or once revoked, the address answers 404.",
        parameters: idParameter("Investigation id"),
        requestBody: { required: false, content: jsonContent(inputSchema(PublicLinkInput)) },
        responses: {
          "201": {
            description: "Published.",
            content: jsonContent({
              type: "object",
              required: ["url", "expiresAt", "indexable"],
              properties: {
                url: { type: "string", format: "uri" },
                expiresAt: { type: "string", format: "date-time" },
                indexable: { type: "boolean", description: "Whether search engines may index the page (else it is served `noindex`)." },
              },
            }),
          },
          "422": { description: "Invalid input, with the reason at the field.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
      delete: {
        summary: "Revoke the investigation's public link: its address answers 404 from now on (editors)",
        parameters: idParameter("Investigation id"),
        responses: { "204": { description: "Revoked (also when there was none)." }, ...errorResponses },
      },
    },
    "/investigations/{id}/claims": {
      get: {
        summary: "The investigation's claims, filtered as on its claim list page, a page at a time (oldest first)",
        description:
          "The same filters, names and values as the claim list page's address (`/investigations/{id}/claims?…`), so a shared list can be read here. Every filter is optional; given ones must all hold. `nextCursor` continues after the last row (stable order: created at, then id); null on the last page. A bad value is 422 with the reason at `error.fields.<name>`.",
        parameters: [...idParameter("Investigation id"), ...claimFilterParameters, ...pageParameters],
        responses: {
          "200": { description: "OK.", content: jsonContent(ref("ClaimListPage")) },
          "422": { description: "A bad filter, cursor or limit, at its field.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/investigations/{id}/sources": {
      post: {
        summary:
          "Add a source: by its text, by a URL the server fetches safely and extracts (public addresses only), or by uploading a .txt, .md or .html file",
        description:
          "The text is canonicalised (LF line endings, NFC) and stored as version 1. Its `language` (ISO 639-1) is the one given, else detected from the text (eld), else, for a text too short or unclear to tell, the investigation's report language. A URL that cannot be fetched (private network, not a web page, too large, too slow) is refused with 422 and the reason at `fields.url`.",
        parameters: idParameter("Investigation id"),
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                oneOf: [
                  inputSchema(CreateSourceInput),
                  {
                    type: "object",
                    required: ["url"],
                    properties: {
                      url: { type: "string" },
                      title: { type: "string" },
                      language: { type: "string", description: "ISO 639-1; detected when left out." },
                    },
                  },
                ],
              },
            },
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: {
                  file: { type: "string", format: "binary" },
                  title: { type: "string" },
                  language: { type: "string", description: "ISO 639-1; detected when left out." },
                },
              },
            },
          },
        },
        responses: {
          "201": { description: "Created.", content: jsonContent(ref("Source")) },
          "413": { description: "Body too large." },
          "422": { description: "Invalid input.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/sources/{id}": {
      get: {
        summary: "A source with the text of its current version",
        parameters: idParameter("Source id"),
        responses: { "200": withEtag("OK. The ETag names the source's version (its details and its text).", ref("Source")), ...errorResponses },
      },
      patch: {
        summary: "Change the source's title, outlet, url, publishedAt or language (the source's creator, or an editor)",
        description:
          "A field left out stays as it is; null or a blank string clears outlet, url or publishedAt. Recorded in the investigation's history as `source.details-changed` with old → new per field. A stale `If-Match` (the text or the details changed since your read) gets 412 with the current values in `error.fields`.",
        parameters: [...idParameter("Source id"), ...ifMatch],
        requestBody: { required: true, content: jsonContent(inputSchema(UpdateSourceDetailsInput)) },
        responses: {
          "200": withEtag("Updated.", ref("Source")),
          "422": { description: "Invalid input, with the reason at the field.", content: jsonContent(ref("Error")) },
          ...preconditionResponses,
          ...errorResponses,
        },
      },
    },
    "/sources/{id}/text": {
      put: {
        summary: "Save a new version of the source's text; answers with the re-anchoring summary (claims exact, moved, fuzzy, orphan)",
        parameters: idParameter("Source id"),
        requestBody: { required: true, content: jsonContent({ type: "object", required: ["text"], properties: { text: { type: "string" } } }) },
        responses: { "200": { description: "Saved (isNew false when the text was unchanged).", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/sources/{id}/versions": {
      get: {
        summary: "Every version of the source, newest first",
        parameters: idParameter("Source id"),
        responses: { "200": { description: "OK.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/investigations/{id}/export": {
      get: {
        summary: "The investigation as a file: report (html, pdf, md), claims (csv), W3C Web Annotations (w3c) or schema.org ClaimReview (claimreview)",
        description:
          "Streamed. `Content-Disposition` names the file after the title (ASCII `filename` and UTF-8 `filename*`); `X-Export-Claims` gives the number of claims when the export began. ClaimReview covers approved claims with a published address (the claim's, else the investigation's) only: `claimReviewed` is the claim's statement, `url` its published address, `itemReviewed.author` its claimant; `X-ClaimReview-Not-Approved`, `X-ClaimReview-No-Verdict` and `X-ClaimReview-No-Published-Address` count those left out. PDF: 503 when the server has no Chromium.",
        parameters: [...idParameter("Investigation id"), exportFormatParameter, exportAudienceParameter],
        responses: { "200": { description: "The file." }, ...errorResponses },
      },
    },
    "/investigations/{id}/import": {
      post: {
        summary: "Import a W3C Web Annotation JSON-LD file (a Corroborate export, or a Hypothesis-style export) into the investigation (editors)",
        description:
          "Sources are matched by URL (or created from the text the file embeds); each annotation becomes a claim only where it anchors on the source's current text. Returns counts of sources created and matched, claims exact, moved, fuzzy and already present, and the orphans not imported. Up to 25 MB; one transaction.",
        parameters: idParameter("Investigation id"),
        requestBody: { required: true, content: { "application/ld+json": { schema: object }, "application/json": { schema: object } } },
        responses: { "200": { description: "What the import did.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/investigations/{id}/facts": {
      get: {
        summary: "The investigation's facts with their claim and conflict counts",
        parameters: idParameter("Investigation id"),
        responses: { "200": { description: "OK.", content: jsonContent(object) }, ...errorResponses },
      },
      post: {
        summary: "Create a fact and link claims to it (a claim belongs to at most one fact)",
        parameters: idParameter("Investigation id"),
        requestBody: { required: true, content: jsonContent(inputSchema(CreateFactInput)) },
        responses: {
          "201": { description: "Created.", content: jsonContent(ref("Fact")) },
          "422": { description: "A claim is already linked elsewhere, or invalid input.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/facts/{id}": {
      get: {
        summary:
          "A fact: its claims with their figures as intervals, every pair of figures that cannot both hold (`conflicts`), and every pair's result with its reason (`comparisons`: consistent, conflict or not-compared)",
        parameters: idParameter("Fact id"),
        responses: { "200": { description: "OK.", content: jsonContent(ref("Fact")) }, ...errorResponses },
      },
    },
    "/facts/{id}/claims": {
      post: {
        summary: "Link claims to the fact",
        parameters: idParameter("Fact id"),
        requestBody: { required: true, content: jsonContent(inputSchema(LinkClaimsInput)) },
        responses: { "200": { description: "The fact.", content: jsonContent(ref("Fact")) }, ...errorResponses },
      },
      delete: {
        summary: "Unlink a claim from the fact",
        parameters: [...idParameter("Fact id"), { name: "claimId", in: "query", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The fact.", content: jsonContent(ref("Fact")) }, ...errorResponses },
      },
    },
    "/claims/{id}/link-suggestions": {
      get: {
        summary: "Claims in the investigation's other sources that likely speak to the same thing (shared wording, same counted unit), best first",
        parameters: idParameter("Claim id"),
        responses: { "200": { description: "OK.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/claims/{id}/checked-before": {
      get: {
        summary: "Checked before: earlier claims, in every investigation you may read, that state the same thing in English or Spanish",
        description:
          "Candidates come from the search index (the claim's language-neutral signature: counted thing, magnitude of its figure, names, bilingual concepts; and its words) and are scored by the matcher (lib/search/checked-before): the figure as an interval with what it counts, names, dates and similar words. Listed: the same statement, then conflicts (the same statement with a figure that cannot hold with this one, shown because the conflict is news); within each, approved claims first, then by `score`. Never the claim itself nor claims of its own fact. At most 10.",
        parameters: idParameter("Claim id"),
        responses: { "200": { description: "OK.", content: jsonContent(ref("CheckedBefore")) }, ...errorResponses },
      },
    },
    "/me/work": {
      get: {
        summary: "Your queue (My work): claims assigned to you, waiting for your approval, that you follow, and overdue",
        description:
          "Each section has its full `count` and its first 100 claims, those with the earliest due day first. `assigned`: assigned to you, not approved. `toApprove` (editors and admins; empty for reviewers): in review and yours to approve — under the investigation's four eyes, not those whose verdict you set. `following`: claims you follow (you follow those you create, are assigned or comment on), not approved. `overdue`: past the due day (UTC) and not approved — those assigned to you; for editors and admins, every one in the workspace.",
        responses: { "200": { description: "OK.", content: jsonContent(ref("MyWork")) }, ...errorResponses },
      },
    },
    "/me": {
      get: {
        summary: "The account the token acts as: id, email, name, role",
        responses: { "200": { description: "OK.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/notifications": {
      get: {
        summary: "The caller's own notifications, newest first, a page at a time",
        description:
          "Kinds: `assigned` (a claim was assigned to you), `mentioned` (a comment names you as `@[Your Name]`), `approved` / `reopened` (a claim you made, hold or follow), `conflict` (a change made a new conflict between claims of a fact you follow). Never about your own changes. Pass the page's `nextCursor` as `cursor` for the next one (null on the last).",
        parameters: [
          { name: "unread", in: "query", required: false, description: "1: only unread ones", schema: { type: "string", enum: ["0", "1", "true", "false"] } },
          { name: "cursor", in: "query", required: false, description: "`nextCursor` of the previous page", schema: { type: "string" } },
          { name: "limit", in: "query", required: false, description: "1–100, default 20", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
        responses: {
          "200": {
            description: "OK.",
            content: jsonContent({
              type: "object",
              required: ["items", "nextCursor"],
              properties: { items: { type: "array", items: ref("Notification") }, nextCursor: { type: ["string", "null"] } },
            }),
          },
          "422": { description: "A query parameter or the cursor is not valid.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/notifications/read": {
      post: {
        summary: "Mark some of your notifications read (`{ ids }`), or all of them (`{ all: true }`)",
        description:
          "Answers `{ marked: [ids] }`: those that were unread (already-read ones keep their first time). 404 when an id is not one of your notifications, and then nothing is marked.",
        requestBody: { required: true, content: jsonContent(inputSchema(MarkNotificationsReadInput)) },
        responses: {
          "200": { description: "OK.", content: jsonContent({ type: "object", properties: { marked: { type: "array", items: { type: "string" } } } }) },
          "422": { description: "The body is not `{ ids }` or `{ all: true }`.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/notifications/events": {
      get: {
        summary:
          'Server-Sent Events: your unread count, `event: unread` with data `{"count": n}`, when the stream opens and whenever it changes (on any server). Also accepts the workspace session cookie; re-checked like the investigation stream, ending with `event: end`',
        responses: { "200": { description: "An event stream.", content: { "text/event-stream": { schema: { type: "string" } } } }, ...errorResponses },
      },
    },
    "/claims/{id}/quantity": {
      get: {
        summary: "The claim's figure as an interval (a reviewer's correction when there is one)",
        parameters: idParameter("Claim id"),
        responses: { "200": { description: "OK: { claimId, quantity, interval, isCorrected }.", content: jsonContent(object) }, ...errorResponses },
      },
      put: {
        summary: "Correct the figure read from the claim by hand, or clear the correction",
        description:
          "Body: `{ quantity: { low, high, lowInclusive, highInclusive, hedge, value, unit, text } }` with `high: null` when unbounded, or `{ quantity: null }` to go back to the reading of the claim's words. 422 with the reason at the field when the interval is impossible. Recorded in the claim's history.",
        parameters: idParameter("Claim id"),
        requestBody: { required: true, content: jsonContent(object) },
        responses: { "200": { description: "The figure now used.", content: jsonContent(object) }, ...errorResponses, ...approvalLockResponses },
      },
    },
    "/sources/{id}/export": {
      get: {
        summary: "One source's claims as a file, in the same formats as the investigation export",
        parameters: [...idParameter("Source id"), exportFormatParameter, exportAudienceParameter],
        responses: { "200": { description: "The file." }, ...errorResponses },
      },
    },
    "/sources/{id}/claims": {
      get: {
        summary: "Every claim of the source, anchored on its current version (orphans last)",
        parameters: idParameter("Source id"),
        responses: {
          "200": { description: "OK.", content: jsonContent({ type: "object", properties: { claims: { type: "array", items: ref("Claim") } } }) },
          ...errorResponses,
        },
      },
      post: {
        summary: "Highlight a claim, by selector or by position on the current version",
        description: `A selector is anchored on the current text: the position when the text there is the quote; else the occurrences of the quote whose text before and after match the given prefix and suffix exactly (a missing prefix, suffix or position is no constraint); else, when both prefix and suffix are given, a bounded fuzzy search that rejects places whose context disagrees. When it does not identify exactly one place, the response is 422 with the reason (quote-not-found, ambiguous, context-mismatch) and nothing is created. ${offsetNote}`,
        parameters: idParameter("Source id"),
        requestBody: { required: true, content: jsonContent(inputSchema(CreateClaimInput)) },
        responses: {
          "201": { description: "Created.", content: jsonContent(ref("Claim")) },
          "422": { description: "The selector does not anchor, or the input is invalid.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/sources/{id}/suggestions": {
      get: {
        summary: "Spans worth checking in the current version: figures with their hedge and noun, quotes with their speaker, dates",
        description:
          'Read in the source\'s `language` (`es` reads Spanish hedges, number formats, dates and quotes: "unos 250 venezolanos", "16 de marzo de 2025", «…», afirmó; any other code reads English). Found once per version and language in a worker thread, so the first request for a long source waits for the analysis (about 10–20 s for 2 MB); later ones are answered from memory. 503 `UNAVAILABLE` with `Retry-After` (seconds) while the server is analysing other sources and its queue is full: retry then. 503 `UNAVAILABLE` without `Retry-After` when the analysis failed or ran past its time limit: suggestions are unavailable for this version.',
        parameters: idParameter("Source id"),
        responses: {
          "200": {
            description: "OK.",
            content: jsonContent({
              type: "object",
              properties: {
                sourceVersionId: { type: "string" },
                suggestions: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: { start: { type: "integer" }, end: { type: "integer" }, kind: { enum: ["figure", "quote", "date"] }, text: { type: "string" } },
                  },
                },
              },
            }),
          },
          ...errorResponses,
          "503": {
            description:
              "Unavailable: with `Retry-After`, the analysis queue is full (retry after that many seconds); without it, suggestions are unavailable for this version.",
            headers: { "Retry-After": { description: "Seconds to wait before retrying (only when the queue is full).", schema: { type: "integer" } } },
            content: jsonContent(ref("Error")),
          },
        },
      },
    },
    "/claims/{id}": {
      get: {
        summary: "A claim with its review fields, scale, evidence, comments and the independent verdicts you may see",
        description:
          "Among the review fields: `dueAt` (YYYY-MM-DD or null), `verdictSetBy` (`{ id, name }` of whoever last set the verdict or rationale, or null) and `fourEyes` (the investigation's setting: when true, that person cannot approve it).",
        parameters: idParameter("Claim id"),
        responses: { "200": withEtag("OK.", object), ...errorResponses },
      },
      patch: {
        summary:
          "Change status, assignee, verdict, rationale, due date, statement, claimant or published address. Only editors approve or reopen, and not a verdict of their own under four eyes; approval needs a verdict, a rationale and evidence (422 says which is missing)",
        description:
          "Assignee: editors and admins assign anyone or nobody; a reviewer may only take an unassigned claim (`assigneeId` = their own id) and release one assigned to them (`null`); other changes are 403 with the reason in error.fields.assigneeId. An approved claim's verdict and rationale change only in the request that reopens it (`status` open or in-review, editors only; 403 otherwise); the reopening is recorded in its history as `claim.reopened`, naming who had approved it and when. Assignment may change on an approved claim. When the claim's independent verdicts differ from the verdict being approved, the approval needs `approvalNote` (a short note, up to 1,000 characters; 422 at error.fields.approvalNote names the differing verdicts); the note is kept on the approval's `claim.status-changed` history event. `approvalNote` without an approval is 422. What the public report says of the claim: `statement` (the full claim the verdict is about; null: the sentence around its words), `claimant` (a person or organisation) and `publishedUrl` (http or https; null: the investigation's address); null or a blank string clears each. Whoever may set the verdict may set them; an approved claim's statement and claimant are locked with it (403), its published address is not. Each change is a history event (`claim.statement-changed`, `claim.claimant-changed`, `claim.published-url-changed`). All fields of one request are saved together or not at all. Four eyes (an investigation setting, on by default): whoever last changed the verdict or rationale (`verdictSetBy`, also when set in the approving request itself) cannot approve it — 403 with a sentence at error.fields.status naming the active editors and admins who may. `dueAt` (YYYY-MM-DD, or null to clear) is for editors and admins (403 at error.fields.dueAt otherwise; 422 for a day that does not exist) and is recorded as `claim.due-date-set`.",
        parameters: [...idParameter("Claim id"), ...ifMatch],
        requestBody: { required: true, content: jsonContent(inputSchema(UpdateClaimReviewInput)) },
        responses: {
          "200": withEtag("Updated.", object),
          "422": { description: "Invalid, or approval is missing something.", content: jsonContent(ref("Error")) },
          ...preconditionResponses,
          ...errorResponses,
          ...approvalLockResponses,
        },
      },
      delete: {
        summary: "Delete a claim (its creator, or an editor; not while it is approved)",
        parameters: [...idParameter("Claim id"), ...ifMatch],
        responses: { "204": { description: "Deleted." }, ...preconditionResponses, ...errorResponses, ...approvalLockResponses },
      },
    },
    "/claims/{id}/evidence": {
      post: {
        summary: "Add evidence. When the link is one of the investigation's sources, the quote is looked up in its text (quoteMatch)",
        description:
          "`quoteMatch` is null unless the link is one of the investigation's sources and there is a quote; else `{ sourceId, sourceTitle, status, score, start?, end? }` with `status` `exact` or `fuzzy` (in the current text), `earlier-version` (only in an earlier version: `versionNumber` of `versionCount`, `matchedAs` exact or fuzzy, offsets into that version) or `not-found`.",
        parameters: idParameter("Claim id"),
        requestBody: { required: true, content: jsonContent(inputSchema(EvidenceInput)) },
        responses: {
          "201": withEtag("Created, with its `capture` (pending when the link is a web address, null otherwise).", ref("Evidence")),
          "422": { description: "Invalid input.", content: jsonContent(ref("Error")) },
          ...errorResponses,
          ...approvalLockResponses,
        },
      },
    },
    "/evidence/{id}": {
      get: {
        summary: "An evidence item, with its capture",
        parameters: idParameter("Evidence id"),
        responses: { "200": withEtag("OK.", ref("Evidence")), ...errorResponses },
      },
      patch: {
        summary: "Replace an evidence item's fields (its author, or an editor; not while its claim is approved)",
        description:
          "A changed `url` gets a new capture (none when it is not http or https); the previous capture is kept. With the same `url`, the quote is checked again against the capture's text (`captureQuoteMatch`).",
        parameters: [...idParameter("Evidence id"), ...ifMatch],
        requestBody: { required: true, content: jsonContent(inputSchema(EvidenceInput)) },
        responses: { "200": withEtag("Updated.", ref("Evidence")), ...preconditionResponses, ...errorResponses, ...approvalLockResponses },
      },
      delete: {
        summary: "Remove an evidence item (its author, or an editor; not while its claim is approved)",
        parameters: [...idParameter("Evidence id"), ...ifMatch],
        responses: { "204": { description: "Removed." }, ...preconditionResponses, ...errorResponses, ...approvalLockResponses },
      },
    },
    "/evidence/{id}/capture": {
      post: {
        summary: "Capture the evidence's page again (its author, or an editor; not while its claim is approved)",
        description:
          "Queues a new capture of the evidence's `url`, which the evidence then shows (`capture`); the previous capture is kept, with its files. Answers 202 with the new capture, pending; follow it with GET /captures/{id}. Recorded as `capture.requested`.",
        parameters: idParameter("Evidence id"),
        responses: {
          "202": { description: "Queued.", content: jsonContent(ref("Capture")) },
          "422": { description: "The evidence has no http or https address.", content: jsonContent(ref("Error")) },
          ...errorResponses,
          ...approvalLockResponses,
        },
      },
    },
    "/captures/{id}": {
      get: {
        summary: "A capture: its state and what it recorded",
        description:
          "Captures are made in the background, in headless Chromium, when evidence with a web address is added (here, in the workspace or by import) or a source is imported from a web address: `pending` (waiting, or waiting to be tried again after a failure: `nextAttemptAt`, `error`), `capturing`, `done`, or `failed` (after the last attempt, or at once for an address that is refused, a response that is not a page, or one larger than the limit; `error` is `reason: message`). Every signed-in person may read captures.",
        parameters: idParameter("Capture id"),
        responses: { "200": { description: "OK.", content: jsonContent(ref("CaptureDetail")) }, ...errorResponses },
      },
    },
    "/captures/{id}/text": {
      get: {
        summary: "The captured page's readable text",
        description:
          "Plain UTF-8 text (canonical: `\\n` line endings, NFC); its SHA-256 is the capture's `textSha256` (also the ETag). 404 until the capture is done.",
        parameters: idParameter("Capture id"),
        responses: { "200": { description: "OK.", content: { "text/plain": { schema: { type: "string" } } } }, ...errorResponses },
      },
    },
    "/captures/{id}/screenshot.png": {
      get: {
        summary: "The captured page's full-page screenshot",
        description: "A PNG (`X-Content-Type-Options: nosniff`). 404 until the capture is done.",
        parameters: idParameter("Capture id"),
        responses: { "200": { description: "OK.", content: { "image/png": { schema: { type: "string", format: "binary" } } } }, ...errorResponses },
      },
    },
    "/captures/{id}/archive.wacz": {
      get: {
        summary: "The capture's WACZ archive (the page and the resources it loaded, as WARC records), as a download",
        description:
          "`application/wacz+zip` with `Content-Disposition: attachment` and `X-Content-Type-Options: nosniff`: captured pages are never served for a browser to render; open the file in ReplayWeb.page. Its SHA-256 is the capture's `sha256` (also the ETag and `Digest`). 404 until the capture is done.",
        parameters: idParameter("Capture id"),
        responses: {
          "200": {
            description: "OK.",
            headers: { "Content-Disposition": { schema: { type: "string" } }, ETag: { schema: { type: "string" } } },
            content: { "application/wacz+zip": { schema: { type: "string", format: "binary" } } },
          },
          ...errorResponses,
        },
      },
    },
    "/captures/{id}/recheck": {
      post: {
        summary: "Check the live page again against the capture (who may edit a piece of evidence that shows it, or an editor)",
        description:
          "Reads the live page now, with the same browser and guard as a capture, and compares its readable text with the captured text by SHA-256. Answers `{ changed, checkedAt, diff }`: `diff` is the word diff from the captured text to the live one (unchanged runs shortened around `…`), `[]` when unchanged; `changed` and `diff` are null, and `error` says why, when the live page could not be read. Both texts are kept; recorded as `capture.checked`. Takes as long as loading the page (at most the capture time limit, 30 s by default).",
        parameters: idParameter("Capture id"),
        responses: {
          "200": { description: "Checked.", content: jsonContent(ref("CaptureCheck")) },
          "409": { description: "The capture has not finished: there is nothing to compare with yet.", content: jsonContent(ref("Error")) },
          ...errorResponses,
        },
      },
    },
    "/claims/{id}/comments": {
      post: {
        summary: "Comment on a claim (Markdown)",
        parameters: idParameter("Claim id"),
        requestBody: { required: true, content: jsonContent(inputSchema(CommentInput)) },
        responses: { "201": { description: "Created.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/comments/{id}": {
      get: { summary: "A comment", parameters: idParameter("Comment id"), responses: { "200": withEtag("OK.", object), ...errorResponses } },
      patch: {
        summary: "Replace a comment's text (its author, or an editor); the claim's history keeps old → new",
        parameters: [...idParameter("Comment id"), ...ifMatch],
        requestBody: { required: true, content: jsonContent(inputSchema(CommentInput)) },
        responses: {
          "200": withEtag("Updated.", object),
          "422": { description: "Invalid input.", content: jsonContent(ref("Error")) },
          ...preconditionResponses,
          ...errorResponses,
        },
      },
      delete: {
        summary: "Delete a comment (its author, or an editor); the claim's history keeps its text",
        parameters: [...idParameter("Comment id"), ...ifMatch],
        responses: { "204": { description: "Deleted." }, ...preconditionResponses, ...errorResponses },
      },
    },
    "/claims/{id}/assessments": {
      post: {
        summary: "Record (or replace) your own independent verdict on a claim",
        parameters: idParameter("Claim id"),
        requestBody: { required: true, content: jsonContent(inputSchema(AssessmentInput)) },
        responses: { "201": { description: "Recorded.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/claims/{id}/history": {
      get: {
        summary: "Every change to the claim, its evidence, verdict, status, assignment and comments: who, what (old → new), when (UTC)",
        parameters: idParameter("Claim id"),
        responses: { "200": { description: "OK.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/investigations/{id}/agreement": {
      get: {
        summary: "Agreement between reviewers' independent verdicts: claims compared, percentage agreement, Fleiss' kappa, and the claims where they disagree",
        description:
          "`{ claimsCompared, raters, percentAgreement, fleissKappa, disagreements: [{ claimId, exact, verdicts }], isLimitedToOwnAssessments }`. When the investigation hides others' verdicts until one records one's own, a reviewer's figures count only the claims they have recorded their own verdict on (`isLimitedToOwnAssessments: true`), so they say nothing about verdicts still hidden from them.",
        parameters: idParameter("Investigation id"),
        responses: { "200": { description: "OK.", content: jsonContent(object) }, ...errorResponses },
      },
    },
    "/investigations/{id}/webhooks": {
      get: {
        summary: "The investigation's webhooks, each with its latest 20 deliveries (editors and admins); secrets are never returned again",
        parameters: idParameter("Investigation id"),
        responses: {
          "200": {
            description: "OK.",
            content: jsonContent({
              type: "object",
              properties: {
                webhooks: {
                  type: "array",
                  items: { allOf: [ref("Webhook"), { type: "object", properties: { deliveries: { type: "array", items: ref("WebhookDelivery") } } }] },
                },
              },
            }),
          },
          ...errorResponses,
        },
      },
      post: {
        summary:
          "Add a webhook (editors and admins): the investigation's changes are POSTed to `url`, signed; the answer holds the signing secret, shown this once",
        description: webhookDescription,
        parameters: idParameter("Investigation id"),
        requestBody: { required: true, content: jsonContent(inputSchema(CreateWebhookInput)) },
        responses: {
          "201": {
            description: "Added. Keep `secret`: it is not shown again.",
            content: jsonContent({
              allOf: [
                ref("Webhook"),
                {
                  type: "object",
                  required: ["secret"],
                  properties: { secret: { type: "string", description: "`whsec_` + 43 base64url characters (32 random bytes)." } },
                },
              ],
            }),
          },
          "422": {
            description:
              "Not an http(s) address, or one the server may not reach (private network, loopback, link-local or metadata, other ports than 80/443, a name that does not resolve), with the reason at `error.fields.url`.",
            content: jsonContent(ref("Error")),
          },
          ...errorResponses,
        },
      },
    },
    "/investigations/{id}/webhooks/{webhookId}": {
      delete: {
        summary: "Remove a webhook (editors and admins) with its delivery log; deliveries still pending are never sent",
        parameters: [
          ...idParameter("Investigation id"),
          { name: "webhookId", in: "path", required: true, description: "Webhook id", schema: { type: "string" } },
        ],
        responses: { "204": { description: "Removed." }, ...errorResponses },
      },
    },
    "/investigations/{id}/events": {
      get: {
        summary:
          'Server-Sent Events: one `change` event per recorded change in the investigation (id = event id; data = action, subject, actor, time). Resumes after Last-Event-ID. Also accepts the workspace session cookie. The token or session is re-checked before every event and every 2 s; once it no longer holds (token revoked, account disabled, signed out, role changed, password reset) the stream sends `event: end` with data `{"reason": "token-revoked" | "session-ended"}` and closes, and a reconnection answers 401',
        parameters: idParameter("Investigation id"),
        responses: { "200": { description: "An event stream.", content: { "text/event-stream": { schema: { type: "string" } } } }, ...errorResponses },
      },
    },
  },
  components: {
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token starting with cor_" } },
    schemas: {
      Notification: {
        type: "object",
        properties: {
          id: { type: "string" },
          kind: { enum: ["assigned", "mentioned", "approved", "reopened", "conflict"] },
          createdAt: { type: "string", format: "date-time" },
          readAt: { type: ["string", "null"], format: "date-time" },
          actor: { type: ["object", "null"], description: "Who caused it", properties: { id: { type: "string" }, name: { type: "string" } } },
          investigation: { type: "object", properties: { id: { type: "string" }, title: { type: "string" } } },
          claim: { type: ["object", "null"], properties: { id: { type: "string" }, sourceId: { type: "string" }, exact: { type: "string" } } },
          fact: { type: ["object", "null"], properties: { id: { type: "string" }, title: { type: "string" } } },
          excerpt: { type: ["string", "null"], description: "The comment's words (mentioned), or the new conflict's reason (conflict)" },
        },
      },
      CheckedBefore: {
        type: "object",
        required: ["matches"],
        properties: {
          matches: {
            type: "array",
            items: {
              type: "object",
              required: ["claimId", "factId", "investigationId", "verdict", "status", "score", "reasons"],
              properties: {
                claimId: { type: "string" },
                factId: { type: ["string", "null"], description: "The fact the earlier claim is linked to" },
                investigationId: { type: "string" },
                verdict: { type: ["string", "null"], description: "Key of the verdict in its investigation's rating scale" },
                status: { enum: ["open", "in-review", "approved"] },
                score: { type: "number", minimum: 0, maximum: 1, description: "0.5 and above: the same statement; below: a conflict" },
                reasons: {
                  type: "array",
                  description:
                    "Why it matched, as data (`code` and values; numbers as numbers): `sameThing` {thing}, `figuresOverlap` / `figuresDiffer` {claim, candidate: figure}, `differentThings` {claim, candidate}, `names` {names: folded}, `sameDate` {dates: years or YYYY-MM}, `differentYears` {claim, candidate}, `similarWords` {words: stems or concepts}",
                  items: {
                    type: "object",
                    required: ["code"],
                    properties: {
                      code: {
                        enum: ["sameThing", "figuresOverlap", "figuresDiffer", "differentThings", "names", "sameDate", "differentYears", "similarWords"],
                      },
                      thing: { type: "string" },
                      claim: { description: "This claim's figure (figures…) or counted thing (differentThings) or years (differentYears)" },
                      candidate: { description: "The earlier claim's, likewise" },
                      names: { type: "array", items: { type: "string" } },
                      dates: { type: "array", items: { type: "string" } },
                      words: { type: "array", items: { type: "string" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "string" } } },
          },
        },
      },
      Webhook: {
        type: "object",
        properties: {
          id: { type: "string" },
          url: { type: "string" },
          createdAt: { type: "string", format: "date-time" },
          createdBy: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
        },
      },
      WebhookDelivery: {
        type: "object",
        description:
          "One event sent to one webhook: its attempts so far, the last answer's HTTP status (null when there was none) and the latest failure's reason (kept after a later success).",
        properties: {
          id: { type: "string", description: "Also the payload's `id` and the `X-Corroborate-Delivery` header." },
          webhookId: { type: "string" },
          event: { enum: [...WEBHOOK_EVENTS] },
          state: { enum: ["pending", "delivered", "failed"] },
          attempts: { type: "integer" },
          lastStatus: { type: ["integer", "null"] },
          lastError: { type: ["string", "null"] },
          createdAt: { type: "string", format: "date-time" },
          nextAttemptAt: { type: "string", format: "date-time" },
          deliveredAt: { type: ["string", "null"], format: "date-time" },
        },
      },
      WebhookPayload: {
        type: "object",
        description: "The JSON body POSTed to a webhook (signed as described under POST /investigations/{id}/webhooks).",
        required: ["id", "event", "investigationId", "subject", "actor", "data", "createdAt"],
        properties: {
          id: { type: "string", description: "The delivery's id: the same on a retry, so a receiver can ignore a repeat." },
          event: { enum: [...WEBHOOK_EVENTS] },
          investigationId: { type: "string" },
          subject: { type: "object", properties: { type: { type: "string", description: "claim, source…" }, id: { type: "string" } } },
          actor: { type: ["object", "null"], properties: { id: { type: "string" }, name: { type: "string" } } },
          data: { type: "object", description: "What changed, as in the claim's history: `{ field: [old, new] }` or the created values." },
          createdAt: { type: "string", format: "date-time" },
        },
      },
      Capture: {
        type: "object",
        description: "A captured copy of a web page (the evidence's `capture`).",
        required: ["id", "status", "capturedAt", "finalUrl", "httpStatus", "title", "sha256", "textSha256", "error"],
        properties: {
          id: { type: "string" },
          status: { enum: ["pending", "capturing", "done", "failed"] },
          capturedAt: { type: ["string", "null"], format: "date-time", description: "When the page was loaded (UTC)." },
          finalUrl: { type: ["string", "null"], description: "Where the address led after redirects." },
          httpStatus: { type: ["integer", "null"] },
          title: { type: ["string", "null"] },
          sha256: { type: ["string", "null"], description: "Hex SHA-256 of the WACZ archive." },
          textSha256: { type: ["string", "null"], description: "Hex SHA-256 of the readable text's UTF-8." },
          error: {
            type: ["string", "null"],
            description:
              "Why the last attempt failed: `reason: message` (reason: refused-address, timeout, too-large, http-error, unreachable, not-a-page, browser-unavailable, interrupted).",
          },
        },
      },
      CaptureDetail: {
        allOf: [
          ref("Capture"),
          {
            type: "object",
            properties: {
              investigationId: { type: "string" },
              url: { type: "string", description: "The address asked for." },
              attempts: { type: "integer" },
              nextAttemptAt: { type: ["string", "null"], format: "date-time", description: "When a pending capture is next tried." },
              screenshotSha256: { type: ["string", "null"] },
              requestedBy: { type: ["string", "null"] },
              createdAt: { type: "string", format: "date-time" },
              updatedAt: { type: "string", format: "date-time" },
            },
          },
        ],
      },
      CaptureCheck: {
        type: "object",
        required: ["changed", "checkedAt", "diff"],
        properties: {
          id: { type: "string" },
          changed: { type: ["boolean", "null"] },
          checkedAt: { type: "string", format: "date-time" },
          diff: {
            type: ["array", "null"],
            items: { type: "object", properties: { op: { enum: ["same", "added", "removed"] }, text: { type: "string" } } },
          },
          error: { type: ["string", "null"] },
          httpStatus: { type: ["integer", "null"] },
          finalUrl: { type: ["string", "null"] },
        },
      },
      Evidence: {
        type: "object",
        properties: {
          id: { type: "string" },
          claimId: { type: "string" },
          url: { type: ["string", "null"] },
          outlet: { type: ["string", "null"] },
          quote: { type: ["string", "null"] },
          stance: { enum: ["supports", "refutes", "adds-context"] },
          accessedAt: { type: ["string", "null"], format: "date" },
          quoteMatch: { type: ["object", "null"], description: "Where the quote is in one of the investigation's sources (see POST /claims/{id}/evidence)." },
          captureId: { type: ["string", "null"] },
          capture: { oneOf: [ref("Capture"), { type: "null" }] },
          captureQuoteMatch: {
            type: ["object", "null"],
            description:
              "The quote checked against the capture's text: `{ status: found, start, end }` (offsets into GET /captures/{id}/text) or `{ status: not-found }`; null until captured, or without a quote.",
            properties: { status: { enum: ["found", "not-found"] }, start: { type: "integer" }, end: { type: "integer" } },
          },
          createdBy: { type: "string" },
          createdAt: { type: "string", format: "date-time" },
          updatedAt: { type: "string", format: "date-time" },
          version: { type: "integer" },
        },
      },
      Investigation: {
        type: "object",
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          version: { type: "integer" },
          publishedUrl: { type: ["string", "null"], description: "Where the investigation's fact-check is published." },
          reportLanguage: {
            type: "string",
            enum: ["en", "es"],
            description: "The language its reports (HTML, PDF, Markdown, the public report) are written in; default en.",
          },
          fourEyes: { type: "boolean", description: "Four eyes: the person who set a claim's verdict cannot also approve it (on by default)." },
          dailyRecheck: {
            type: "boolean",
            description: "Whether the live page of every captured evidence link is checked against its capture once a day (off by default).",
          },
          createdAt: { type: "string", format: "date-time" },
          updatedAt: { type: "string", format: "date-time" },
          sources: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                title: { type: "string" },
                outlet: { type: ["string", "null"] },
                url: { type: ["string", "null"] },
                publishedAt: { type: ["string", "null"], format: "date" },
                language: { type: "string", description: "ISO 639-1 code of the source's language." },
              },
            },
          },
        },
      },
      SearchPage: {
        type: "object",
        required: ["results", "nextCursor", "counts", "query"],
        properties: {
          results: {
            type: "array",
            items: {
              type: "object",
              required: ["kind", "id", "investigationId", "title", "snippet", "highlights", "score"],
              properties: {
                kind: { type: "string", enum: ["claim", "source", "fact", "evidence", "comment"] },
                id: { type: "string", description: "The claim's, source's, fact's, evidence item's or comment's id." },
                investigationId: { type: "string" },
                investigationTitle: { type: "string" },
                sourceId: { type: ["string", "null"], description: "The source it is in (sources, claims, evidence, comments)." },
                claimId: { type: ["string", "null"], description: "The claim it is, or is on (claims, evidence, comments)." },
                title: {
                  type: "string",
                  description: "A source's or fact's title, a claim's words, evidence's outlet (else address), the words of a comment's claim.",
                },
                snippet: { type: "string", description: "Plain text: a window of the text, with … where it was cut. Never HTML." },
                highlights: {
                  type: "array",
                  description: "The matching words in `snippet`: [start, end) offsets in UTF-16 code units, in order, not overlapping. Mark them yourself.",
                  items: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
                },
                score: { type: "number", minimum: 0, maximum: 1 },
                language: { type: ["string", "null"] },
                verdict: { type: ["string", "null"] },
                status: { type: ["string", "null"] },
                outlet: { type: ["string", "null"] },
                date: { type: ["string", "null"], format: "date" },
              },
            },
          },
          nextCursor: { type: ["string", "null"] },
          counts: {
            type: ["object", "null"],
            description: "Matches by kind under every filter but `kind`; null on pages after the first.",
            properties: Object.fromEntries(["claim", "source", "fact", "evidence", "comment"].map((kind) => [kind, { type: "integer" }])),
          },
          query: {
            type: "object",
            properties: {
              isSearchable: { type: "boolean" },
              emptyReason: { type: ["string", "null"], enum: ["no-words", "only-exclusions", null] },
              truncated: { type: "boolean", description: "Words past the 32nd were left out." },
            },
          },
        },
      },
      InvestigationPage: {
        type: "object",
        properties: {
          investigations: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                title: { type: "string" },
                createdAt: { type: "string", format: "date-time" },
                updatedAt: { type: "string", format: "date-time" },
                version: { type: "integer" },
                claimCounts: {
                  type: "object",
                  properties: { open: { type: "integer" }, "in-review": { type: "integer" }, approved: { type: "integer" } },
                },
              },
            },
          },
          nextCursor: { type: ["string", "null"] },
        },
      },
      ClaimListItem: {
        type: "object",
        description: "A claim in a list, with what a person needs to pick it up.",
        properties: {
          id: { type: "string" },
          exact: { type: "string", description: "The claim's words on the version it was made on." },
          status: { enum: ["open", "in-review", "approved"] },
          verdict: { type: ["object", "null"], properties: { key: { type: "string" }, label: { type: "string" } } },
          assignee: { type: ["object", "null"], properties: { id: { type: "string" }, name: { type: "string" } } },
          dueAt: { type: ["string", "null"], format: "date" },
          isOverdue: { type: "boolean", description: "Past its due day (UTC) and not approved." },
          fact: { type: ["object", "null"], properties: { id: { type: "string" }, title: { type: "string" } } },
          source: { type: "object", properties: { id: { type: "string" }, title: { type: "string" } } },
          investigation: { type: "object", properties: { id: { type: "string" }, title: { type: "string" } } },
          createdAt: { type: "string", format: "date-time" },
        },
      },
      ClaimListPage: {
        type: "object",
        properties: { claims: { type: "array", items: ref("ClaimListItem") }, nextCursor: { type: ["string", "null"] } },
      },
      MyWork: {
        type: "object",
        properties: Object.fromEntries(
          ["assigned", "toApprove", "following", "overdue"].map((name) => [
            name,
            { type: "object", properties: { count: { type: "integer" }, claims: { type: "array", items: ref("ClaimListItem") } } },
          ]),
        ),
      },
      Source: {
        type: "object",
        properties: {
          id: { type: "string" },
          investigationId: { type: "string" },
          title: { type: "string" },
          outlet: { type: ["string", "null"] },
          url: { type: ["string", "null"] },
          publishedAt: { type: ["string", "null"], format: "date" },
          language: {
            type: "string",
            description:
              "ISO 639-1 code of the text's language (es, en, …): detected when the source was added unless given, editable; sources from before languages existed read en.",
          },
          version: { type: "integer", description: 'Moves on with every change of the details or the text; the ETag is its strong form ("v3").' },
          currentVersionId: { type: "string" },
          currentVersion: {
            type: "object",
            properties: {
              id: { type: "string" },
              number: { type: "integer" },
              text: { type: "string" },
              sha256: { type: "string" },
              createdAt: { type: "string", format: "date-time" },
            },
          },
        },
      },
      Fact: {
        type: "object",
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          claims: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                sourceTitle: { type: "string" },
                sourceLanguage: { type: "string", description: "ISO 639-1 code of the claim's source's language: figures are compared across languages." },
                exact: { type: "string", description: "The claim's words on the version it was made on." },
                anchorStatus: {
                  enum: ["exact", "moved", "fuzzy", "orphan"],
                  description:
                    "Where the claim stands on its source's current version: in place, moved, matched approximately, or orphaned (its words are no longer in the text).",
                },
                wording: {
                  type: "string",
                  description:
                    "The claim's words on its source's current version (from the stored anchor); for an orphan, its original words, which are no longer in the text.",
                },
                interval: { type: ["string", "null"] },
                verdictValue: { type: ["integer", "null"], description: "The verdict's rating value, 1 (worst) to 5 (best); null without a verdict." },
                quantity: {
                  type: ["object", "null"],
                  description:
                    "The figure read from the claim: low/high bounds (high null = unbounded), whether each is included, the hedge and the counted unit.",
                  properties: {
                    low: { type: "number" },
                    high: { type: ["number", "null"] },
                    lowInclusive: { type: "boolean" },
                    highInclusive: { type: "boolean" },
                    hedge: { type: "string" },
                    unit: { type: ["string", "null"] },
                  },
                },
              },
            },
          },
          conflicts: {
            type: "array",
            description: "The pairs whose figures cannot both be true (the `conflict` entries of `comparisons`).",
            items: { type: "object", properties: { a: { type: "string" }, b: { type: "string" }, reason: { type: "string" } } },
          },
          comparisons: {
            type: "array",
            description:
              "Every pair of the fact's claims (a before b, in the order of `claims`), with whether its figures were compared: no conflict never hides not compared. Figures are compared across languages (deportados ~ deportees).",
            items: {
              type: "object",
              required: ["a", "b", "result", "reason"],
              properties: {
                a: { type: "string", description: "Claim id." },
                b: { type: "string", description: "Claim id." },
                result: {
                  enum: ["consistent", "conflict", "not-compared"],
                  description:
                    "`consistent`: both figures can be true; `conflict`: they cannot; `not-compared`: a claim has no figure, or the two count different things or are in different units.",
                },
                reason: {
                  type: "string",
                  description:
                    "In English: “238 is not more than 250”, “‘over 200’ and ‘238’ can both be true”, “they count different things: ‘deportees’ and ‘Venezuelans’”, “no figure was read in the second claim”.",
                },
              },
            },
          },
        },
      },
      Claim: {
        type: "object",
        properties: {
          id: { type: "string" },
          sourceId: { type: "string" },
          sourceVersionId: { type: "string", description: "The version the selectors were made on." },
          selectors: {
            type: "array",
            description: "W3C Web Annotation selectors on sourceVersionId.",
            prefixItems: [
              {
                type: "object",
                properties: { type: { const: "TextQuoteSelector" }, exact: { type: "string" }, prefix: { type: "string" }, suffix: { type: "string" } },
              },
              { type: "object", properties: { type: { const: "TextPositionSelector" }, start: { type: "integer" }, end: { type: "integer" } } },
            ],
          },
          anchor: {
            description:
              "Where the claim is on the current version. exact: unchanged; moved: same words elsewhere, identified by context; fuzzy: similar words with agreeing context; orphan: no acceptable place.",
            oneOf: [
              {
                type: "object",
                properties: { status: { enum: ["exact", "moved", "fuzzy"] }, start: { type: "integer" }, end: { type: "integer" }, score: { type: "number" } },
              },
              { type: "object", properties: { status: { const: "orphan" }, score: { const: 0 }, reason: { type: "string" } } },
            ],
          },
          dueAt: { type: ["string", "null"], format: "date", description: "The day (YYYY-MM-DD) an editor wants the check done by." },
          createdBy: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
          createdAt: { type: "string", format: "date-time" },
          version: { type: "integer" },
        },
      },
    },
  },
} as const;

/** Each operation tagged with its path's first segment ("claims", "sources"), so readers of the reference find them grouped by resource. */
function withResourceTags<D extends { paths: Record<string, Record<string, object>> }>(document: D): D {
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, operations]) => [
      path,
      Object.fromEntries(Object.entries(operations).map(([method, operation]) => [method, { tags: [path.split("/")[1] ?? "api"], ...operation }])),
    ]),
  );
  return { ...document, paths };
}

export const openApiDocument = withResourceTags(describedApi);
