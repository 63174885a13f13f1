import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { readLocalDraft, removeLocalDraft, writeLocalDraft } from "../../../../app/drafts/local-drafts";
import { signedInUserId } from "../../../../app/session";
import { type Edits, editsOf } from "./attendance-edits";

/**
 * The grid's unsaved typing, kept in this browser (app/drafts/local-drafts.ts, per signed-in user)
 * while it differs from what the server holds: a lost connection, an expired session or a closed
 * tab loses nothing, and the typing comes back with a notice when the same week (or day sheet) is
 * opened again. The component using it is keyed by its week or date, so each mounts fresh.
 */
export function useLocalEdits(formKey: string, recordKey: string) {
  const queryClient = useQueryClient();
  const userId = signedInUserId(queryClient);
  const [restored] = useState(() => {
    const draft = userId ? readLocalDraft(userId, formKey, recordKey) : null;
    const edits = draft ? editsOf(draft.payload) : null;
    return draft && edits ? { edits, at: draft.savedAt } : null;
  });
  const [edits, setEdits] = useState<Edits>(restored?.edits ?? {});
  const [restoredAt, setRestoredAt] = useState<string | null>(restored?.at ?? null);
  return {
    edits,
    setEdits,
    /** When the typing shown was restored from this browser (ISO), or null. */
    restoredAt,
    clearRestoredNotice: () => setRestoredAt(null),
    userId,
  };
}

/**
 * Keeps the copy in step: written while something differs from the server, removed once nothing
 * does. `dirty` null means "not known yet" (the server's values are still loading): nothing is
 * touched, so a restored copy is not removed before it could be compared.
 */
export function useKeepLocalEdits(
  userId: string | null,
  formKey: string,
  recordKey: string,
  edits: Edits,
  dirty: boolean | null,
) {
  useEffect(() => {
    if (!userId || dirty === null) return;
    if (dirty)
      writeLocalDraft(userId, formKey, recordKey, {
        payload: { edits },
        baseVersion: null,
        savedAt: new Date().toISOString(),
      });
    else removeLocalDraft(userId, formKey, recordKey);
  }, [userId, formKey, recordKey, edits, dirty]);
}
