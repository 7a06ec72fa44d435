import { z } from "zod";
import { optionalCalendarDate, optionalHttpUrl, optionalText } from "../validation/fields";

/**
 * Evidence: something that bears on a claim (a link, an outlet or document, a quote) and
 * which way it points.
 */
export const evidenceStances = ["supports", "refutes", "adds-context"] as const;
export type EvidenceStance = (typeof evidenceStances)[number];

export const evidenceStanceLabels: Record<EvidenceStance, string> = {
  supports: "Supports",
  refutes: "Refutes",
  "adds-context": "Adds context",
};

export function isEvidenceStance(value: unknown): value is EvidenceStance {
  return typeof value === "string" && (evidenceStances as readonly string[]).includes(value);
}

export const evidenceQuoteMaxLength = 5000;

/**
 * A new or edited evidence item. Blank optional fields become undefined. A link (http or
 * https only) or the name of an outlet or document is required; when both are missing the
 * message is reported on `url`, beside the first of the two fields, and it is reported even
 * when other fields are wrong too, so the form shows everything at once.
 */
export const EvidenceInput = z
  .object({
    url: optionalHttpUrl,
    outlet: optionalText(200, "outletOrDocument"),
    quote: optionalText(evidenceQuoteMaxLength, "quote"),
    stance: z.enum(evidenceStances, { error: "stanceRequired" }),
    accessedAt: optionalCalendarDate,
  })
  .refine((evidence) => Boolean(evidence.url || evidence.outlet), {
    path: ["url"],
    message: "linkOrOutletRequired",
    // Why `when`: by default zod skips this check while any field (say, stance) is wrong.
    // Run it on any object unless the link or outlet field already has its own message.
    when: (payload) =>
      typeof payload.value === "object" &&
      payload.value !== null &&
      !Array.isArray(payload.value) &&
      payload.issues.every((issue) => issue.path?.[0] !== "url" && issue.path?.[0] !== "outlet"),
  });
export type EvidenceInput = z.infer<typeof EvidenceInput>;
