import { z } from "zod";
import { isHttpUrl, requiredText } from "./fields";

/** A webhook to add: where to POST the investigation's events (checked for safety by the query, lib/webhooks/check-address.ts). */
export const CreateWebhookInput = z.object({
  url: requiredText(2000, "The address").refine(isHttpUrl, "Enter a full web address starting with http:// or https://."),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;
