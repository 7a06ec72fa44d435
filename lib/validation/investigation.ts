import { z } from "zod";
import { requiredText } from "./fields";

export const investigationTitleMaxLength = 200;

export const CreateInvestigationInput = z.object({
  title: requiredText(investigationTitleMaxLength, "The title"),
});
export type CreateInvestigationInput = z.infer<typeof CreateInvestigationInput>;

export const RenameInvestigationInput = z.object({
  title: requiredText(investigationTitleMaxLength, "The title"),
  /** The version the editor saw; the rename is refused when the row has moved on. */
  version: z.coerce.number().int().min(1),
});
export type RenameInvestigationInput = z.infer<typeof RenameInvestigationInput>;
