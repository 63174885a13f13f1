import { useSyncExternalStore } from "react";

/**
 * The session ran out while a page was open (a 401 on any request). The page stays as it is, with
 * whatever was typed, and the layout asks for the password again over it
 * (layout/session-expired-dialog.tsx). Nothing is resent on its own: the person saves again.
 */
let expired = false;
const listeners = new Set<() => void>();
const restoredListeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function markSessionExpired() {
  if (expired) return;
  expired = true;
  emit();
}

/** Logged in again (or left for the login page): the dialog closes; drafts kept locally are sent. */
export function markSessionRestored() {
  if (!expired) return;
  expired = false;
  emit();
  for (const listener of restoredListeners) listener();
}

export function isSessionExpired() {
  return expired;
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => expired,
  );
}

/** Called once the same person has logged in again (the drafts hook sends what it kept locally). */
export function onSessionRestored(listener: () => void): () => void {
  restoredListeners.add(listener);
  return () => restoredListeners.delete(listener);
}
