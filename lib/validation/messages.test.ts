import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { catalogues } from "../i18n/messages";
import { AssessmentInput, ClaimSelectorInput, CreateClaimInput, CreateFactInput, LinkClaimsInput, UpdateClaimReviewInput } from "./api";
import { fieldErrorsOf } from "./field-errors";
import { textFieldNames } from "./fields";
import { ApproximateToleranceInput, CreateInvestigationInput } from "./investigation";
import { MarkNotificationsReadInput, NotificationListQuery } from "./notifications";
import { OrganisationInput } from "./organisation";
import { PublicLinkInput } from "./public-link";
import { ClaimPublicationInput } from "./publication";
import { CreateSourceInput, SourceDetailsInput, sourceTextMaxBytes, UpdateSourceDetailsInput } from "./source";
import { CreateUserInput, SignInInput } from "./user";
import { CreateWebhookInput } from "./webhook";

/*
 * Every message of the schemas in lib/validation/ is a key of the `Validation` catalogue, so a
 * form shows it in the person's language; the English text stays what the API always answered.
 */

const validation = catalogues.en.Validation as Record<string, string>;
const folder = path.dirname(new URL(import.meta.url).pathname);
/** The schema files of this folder, and the checking panel's inputs built from them. */
const schemaFiles = [
  ...readdirSync(folder).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts")),
  "../checking/inputs.ts",
  "../checking/evidence.ts",
];

/** Methods whose last argument (when a string) is the message of the check. */
const checks = new Set([
  "min",
  "max",
  "length",
  "int",
  "regex",
  "refine",
  "email",
  "url",
  "gt",
  "gte",
  "lt",
  "lte",
  "nonempty",
  "startsWith",
  "endsWith",
  "includes",
]);

/** The message texts written in `source`: arguments of the checks above, and `error:` / `message:` properties. */
function messagesIn(file: string, source: string): { text: string; template: boolean }[] {
  const found: { text: string; template: boolean }[] = [];
  const record = (node: ts.Node | undefined) => {
    if (!node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ text: node.text, template: false });
    else if (ts.isTemplateExpression(node)) found.push({ text: node.getText(), template: true });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && checks.has(node.expression.name.text)) {
      const last = node.arguments.at(-1);
      if (node.arguments.length > (node.expression.name.text === "int" || node.expression.name.text === "email" ? 0 : 1)) record(last);
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === "error" || node.name.text === "message")) record(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found;
}

describe("validation messages", () => {
  it("are keys of the Validation catalogue in every schema file (fields.ts builds its keys from a field name)", () => {
    const notKeys: string[] = [];
    for (const file of schemaFiles) {
      for (const message of messagesIn(file, readFileSync(path.join(folder, file), "utf8"))) {
        const allowedTemplate = file === "fields.ts" && /^`\$\{field\}(Required|TooLong)`$/.test(message.text);
        if (allowedTemplate) continue;
        if (message.template || !(message.text in validation)) notKeys.push(`${file}: ${message.text}`);
      }
    }
    expect(notKeys).toEqual([]);
    // The scan sees the files it should: a message from each of a few of them.
    expect(schemaFiles).toEqual(expect.arrayContaining(["api.ts", "fields.ts", "user.ts", "source.ts", "notifications.ts", "../checking/inputs.ts"]));
  });

  it("has a Required and a TooLong message for every named text field", () => {
    for (const field of textFieldNames) {
      expect(validation[`${field}Required`], field).toBeTypeOf("string");
      expect(validation[`${field}TooLong`], field).toBeTypeOf("string");
    }
  });

  // Bad inputs, the field they fail on, and the English the API answered before the catalogue.
  const cases: [string, z.ZodType, unknown, string, string][] = [
    ["investigation title", CreateInvestigationInput, { title: " " }, "title", "The title is required."],
    ["investigation title too long", CreateInvestigationInput, { title: "x".repeat(201) }, "title", "The title can be at most 200 characters."],
    ["source url", CreateSourceInput, { title: "t", url: "ftp://x", text: "a" }, "url", "Enter a full web address starting with http:// or https://."],
    ["source url too long", CreateSourceInput, { title: "t", url: `https://${"x".repeat(2000)}`, text: "a" }, "url", "The URL can be at most 2000 characters."],
    [
      "source date",
      CreateSourceInput,
      { title: "t", publishedAt: "16/03/2025", text: "a" },
      "publishedAt",
      "Enter the date as YYYY-MM-DD, for example 2025-03-16.",
    ],
    ["source day", CreateSourceInput, { title: "t", publishedAt: "2025-02-30", text: "a" }, "publishedAt", "That day does not exist in the calendar."],
    ["source outlet", CreateSourceInput, { title: "t", outlet: "o".repeat(201), text: "a" }, "outlet", "The outlet can be at most 200 characters."],
    ["source text", CreateSourceInput, { title: "t", text: "  " }, "text", "Paste the text of the source."],
    [
      "source text too large",
      CreateSourceInput,
      { title: "t", text: "x".repeat(sourceTextMaxBytes + 1024 * 1024) },
      "text",
      "The text is 3.0 MB; the limit is 2.0 MB. Split it into several sources.",
    ],
    ["source version", SourceDetailsInput, { title: "t", version: "abc" }, "version", "Reload the page: the form lost its version."],
    ["source nothing to change", UpdateSourceDetailsInput, {}, "body", "Send at least one of title, outlet, url, publishedAt, language."],
    ["email", CreateUserInput, { email: "", role: "editor" }, "email", "Enter an email address."],
    ["email too long", CreateUserInput, { email: `${"a".repeat(250)}@x.org`, role: "editor" }, "email", "That email address is too long."],
    ["password too long", CreateUserInput, { email: "a@b.org", role: "editor", password: "p".repeat(513) }, "password", "Use at most 512 characters."],
    ["person name", CreateUserInput, { email: "a@b.org", role: "editor", name: "n".repeat(121) }, "name", "The name can be at most 120 characters."],
    ["sign-in password", SignInInput, { email: "a@b.org", password: "" }, "password", "Enter your password."],
    ["organisation", OrganisationInput, { name: "" }, "name", "The organisation's name is required."],
    ["webhook", CreateWebhookInput, { url: "" }, "url", "The address is required."],
    ["webhook too long", CreateWebhookInput, { url: "x".repeat(2001) }, "url", "The address can be at most 2000 characters."],
    [
      "published address",
      ClaimPublicationInput,
      { statement: "", claimant: "", publishedUrl: `https://${"x".repeat(2000)}` },
      "publishedUrl",
      "The address can be at most 2,000 characters.",
    ],
    [
      "statement",
      ClaimPublicationInput,
      { statement: "s".repeat(1001), claimant: "", publishedUrl: "" },
      "statement",
      "The statement can be at most 1,000 characters.",
    ],
    [
      "claimant",
      ClaimPublicationInput,
      { statement: "", claimant: "c".repeat(201), publishedUrl: "" },
      "claimant",
      "The claimant can be at most 200 characters.",
    ],
    ["link days", PublicLinkInput, { expiresInDays: "0" }, "expiresInDays", "A link stays open at least 1 day."],
    ["link days too many", PublicLinkInput, { expiresInDays: "400" }, "expiresInDays", "A link stays open at most 365 days; make a new one after that."],
    ["link days whole", PublicLinkInput, { expiresInDays: "1.5" }, "expiresInDays", "Give a whole number of days."],
    ["indexable", PublicLinkInput, { indexable: "maybe" }, "indexable", "Say true or false."],
    ["tolerance", ApproximateToleranceInput, "ten", "body", "Give the tolerance as a whole number of percent, such as 10."],
    ["tolerance too wide", ApproximateToleranceInput, "60", "body", "At most 50%: a wider band would make “about 250” agree with almost anything."],
    ["selector", ClaimSelectorInput, { exact: "" }, "exact", "The quote (exact) cannot be empty."],
    ["selector too long", ClaimSelectorInput, { exact: "x".repeat(10_001) }, "exact", "The quote can be at most 10,000 characters."],
    ["selector half range", ClaimSelectorInput, { exact: "x", start: 1 }, "end", "Give both start and end, or neither."],
    ["negative offset", ClaimSelectorInput, { exact: "x", start: -1, end: 2 }, "start", "Offsets cannot be negative."],
    ["claim shape", CreateClaimInput, { nothing: true }, "body", "Send either { selector: { exact, prefix?, suffix?, start?, end? } } or { start, end }."],
    ["review status", UpdateClaimReviewInput, { status: "done" }, "status", "status is one of open, in-review, approved."],
    ["rationale", UpdateClaimReviewInput, { rationale: "r".repeat(20_001) }, "rationale", "The rationale can be at most 20,000 characters."],
    ["approval note", UpdateClaimReviewInput, { approvalNote: "r".repeat(1_001) }, "approvalNote", "The approval note can be at most 1,000 characters."],
    ["due date", UpdateClaimReviewInput, { dueAt: "tomorrow" }, "dueAt", "Give the due date as a calendar day, YYYY-MM-DD."],
    [
      "empty review",
      UpdateClaimReviewInput,
      {},
      "body",
      "Send at least one of status, assigneeId, verdictKey, rationale, dueAt, statement, claimant, publishedUrl.",
    ],
    ["assessment", AssessmentInput, { verdictKey: "" }, "verdictKey", "Choose a verdict."],
    ["assessment note", AssessmentInput, { verdictKey: "true", note: "n".repeat(5_001) }, "note", "The note can be at most 5,000 characters."],
    ["fact title", CreateFactInput, { title: " " }, "title", "Name the fact."],
    ["fact claims", LinkClaimsInput, { claimIds: [] }, "claimIds", "Give at least one claim id."],
    ["unread", NotificationListQuery, { unread: "yes" }, "unread", "unread is 1 (only unread) or 0."],
    ["limit", NotificationListQuery, { limit: "1.5" }, "limit", "limit is a whole number from 1 to 100."],
    ["mark read ids", MarkNotificationsReadInput, { ids: Array.from({ length: 501 }, (_, i) => `n${i}`) }, "body", "Send { ids: [...] } or { all: true }."],
  ];

  it.each(cases)("%s: English as before, Spanish translated", (_name, schema, input, field, english) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const error = (result as { error: z.ZodError }).error;
    expect(fieldErrorsOf(error, "en")[field]).toBe(english);
    const spanish = fieldErrorsOf(error, "es")[field];
    expect(spanish).toBeTypeOf("string");
    expect(spanish).not.toBe(english);
    // Written out, not left as a key or with an unfilled value.
    expect(spanish! in validation || /\{\w+/.test(spanish!)).toBe(false);
  });
});
