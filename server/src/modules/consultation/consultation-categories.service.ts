import type {
  ConsultationCategory,
  consultationCategoryInputSchema,
  updateConsultationCategoryInputSchema,
} from "@otagai/shared/consultation/consultations";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";
import { AppError } from "../../platform/http/app-error.ts";
import { changedValues } from "../programs/programs.service.ts";
import { presentCategory } from "./consultations.presenter.ts";
import * as repository from "./consultations.repository.ts";

type CategoryInput = z.output<typeof consultationCategoryInputSchema>;
type UpdateCategory = z.output<typeof updateConsultationCategoryInputSchema>;

export const categoryEntity = "consultation_category";

/** Every category, active or not, in the desk's order (the form offers the active ones). */
export async function findCategories(db: Database): Promise<{ items: ConsultationCategory[] }> {
  return { items: (await repository.findCategories(db)).map(presentCategory) };
}

/** A category of the desk's own (no code). */
export async function createCategory(db: Database, actor: Actor, input: CategoryInput) {
  return db.transaction(async (tx) => {
    const row = await repository.insertCategory(tx, { ...input, code: null });
    await recordAudit(tx, actor, {
      action: "create",
      entity: categoryEntity,
      recordId: row.id,
      changedFields: ["name", "sortOrder", "active"],
    });
    return presentCategory(row);
  });
}

/**
 * Renames, reorders or (de)activates a category, version-checked. The six fixed ones (code set)
 * keep their name: the pages show it from the catalog by code, so a stored rename would never show.
 */
export async function updateCategory(db: Database, actor: Actor, id: string, input: UpdateCategory) {
  return db.transaction(async (tx) => {
    const current = await repository.getCategory(tx, id, { forUpdate: true });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    const changes = changedValues(current, fields);
    if (current.code !== null && changes.name !== undefined)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.name", code: "fixed_category", messageKey: "fixedCategoryName" },
      ]);
    const changedFields = Object.keys(changes);
    if (changedFields.length === 0) return presentCategory(current);
    const updated = await repository.updateCategory(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity: categoryEntity, recordId: id, changedFields });
    return presentCategory(updated);
  });
}
