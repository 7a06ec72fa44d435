import { z } from "zod";
import { isHttpUrl, requiredText } from "./fields";

/** A webhook to add: where to POST the investigation's events (checked for safety by the query, lib/webhooks/check-address.ts). */
export const CreateWebhookInput = z.object({
  url: requiredText(2000, "address").refine(isHttpUrl, "urlNotHttp"),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;
