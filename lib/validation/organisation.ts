import { z } from "zod";
import { optionalHttpUrl, requiredText } from "./fields";

/** The organisation that publishes the workspace's reviews (ClaimReview `author`). */
export const OrganisationInput = z.object({
  name: requiredText(120, "organisationName"),
  url: optionalHttpUrl,
});
