import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { canEditSourceDetails, type Actor } from "@/lib/permissions";
import type { SourceDetailsInput } from "@/lib/validation/source";
import { forUpdate, writeTransaction } from "../connection";
import { investigations, sources } from "../schema";
import { assertAllowed } from "./actor";
import { staleVersionError } from "./claim-context";
import { recordEvent } from "./events";
import { rereadQuantitiesOfSource } from "./quantity-readings";
import { indexSourceTree } from "./search-index";

const detailFields = ["title", "outlet", "url", "publishedAt", "language"] as const;
export type SourceDetails = { title: string; outlet: string | null; url: string | null; publishedAt: string | null; language: string; version: number };

/**
 * Changes a source's title, outlet, address, publication date and language (its creator, or
 * an editor; a language left out stays as it is) if the source is still at `input.version`. A stale save throws CONFLICT carrying
 * the saved values (`staleVersionError`), so the form shows them beside the draft. Records
 * "source.details-changed" with `[old, new]` for each field that changed; a save that
 * changes nothing writes nothing. The version is read with the row locked (`forUpdate`), so
 * two saves cannot both pass the check on either engine.
 */
export async function updateSourceDetails({ actor, id, input }: { actor: Actor; id: string; input: SourceDetailsInput }): Promise<SourceDetails> {
  return writeTransaction(async (tx) => {
    const [current] = await forUpdate(tx.select().from(sources).where(eq(sources.id, id)));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
    assertAllowed(canEditSourceDetails(actor, current), "Only the person who added this source, or an editor, can change its details.");
    if (current.version !== input.version) {
      throw staleVersionError("source", {
        version: String(current.version),
        title: current.title,
        outlet: current.outlet ?? "",
        url: current.url ?? "",
        publishedAt: current.publishedAt ?? "",
        language: current.language,
      });
    }
    const next = {
      title: input.title,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? current.language,
    };
    const changes = Object.fromEntries(detailFields.filter((field) => current[field] !== next[field]).map((field) => [field, [current[field], next[field]]]));
    if (Object.keys(changes).length === 0) return { ...next, version: current.version };
    const now = new Date().toISOString();
    await tx
      .update(sources)
      .set({ ...next, version: current.version + 1, updatedAt: now })
      .where(and(eq(sources.id, id), eq(sources.version, input.version)));
    await tx.update(investigations).set({ updatedAt: now }).where(eq(investigations.id, current.investigationId));
    // Its claims' figures are read in the text's language: a new language reads them again, in the same change.
    if (next.language !== current.language) await rereadQuantitiesOfSource(tx, id, next.language);
    // Its claims, evidence and comments carry its language and outlet in the index.
    await indexSourceTree(id);
    await recordEvent({
      actorId: actor.id,
      action: "source.details-changed",
      subjectType: "source",
      subjectId: id,
      investigationId: current.investigationId,
      data: changes,
    });
    return { ...next, version: current.version + 1 };
  });
}
