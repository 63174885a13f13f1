/**
 * The copy of a draft kept in this browser while the server cannot take it (offline, a failed
 * save, an expired session, a tab closed within the last second and a half). Per user: a shared
 * office PC never offers one person's typing to another. Removed once the server has it.
 */
export type LocalDraft = {
  payload: Record<string, unknown>;
  baseVersion: number | null;
  /** When it was typed (ISO), to tell it from the server's copy. */
  savedAt: string;
};

const prefix = "otagai.draft";

function keyOf(userId: string, formKey: string, recordKey: string) {
  return `${prefix}:${userId}:${formKey}:${recordKey}`;
}

export function readLocalDraft(userId: string, formKey: string, recordKey: string): LocalDraft | null {
  try {
    const text = window.localStorage.getItem(keyOf(userId, formKey, recordKey));
    if (!text) return null;
    const value = JSON.parse(text) as Partial<LocalDraft>;
    if (typeof value !== "object" || value === null || typeof value.savedAt !== "string") return null;
    if (typeof value.payload !== "object" || value.payload === null) return null;
    return {
      payload: value.payload,
      baseVersion: typeof value.baseVersion === "number" ? value.baseVersion : null,
      savedAt: value.savedAt,
    };
  } catch {
    return null;
  }
}

/** False when the browser refuses (private mode, storage full): the server copy is then all there is. */
export function writeLocalDraft(
  userId: string,
  formKey: string,
  recordKey: string,
  draft: LocalDraft,
): boolean {
  try {
    window.localStorage.setItem(keyOf(userId, formKey, recordKey), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalDraft(userId: string, formKey: string, recordKey: string): void {
  try {
    window.localStorage.removeItem(keyOf(userId, formKey, recordKey));
  } catch {
    // Storage unavailable: nothing was kept there either.
  }
}
