import { Alert, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../components/format";
import { signedInUserId } from "../session";
import { onSessionRestored } from "../session-expiry";
import { type DraftAddress, deleteDraft, getDraft, saveDraft } from "./drafts-api";
import { type LocalDraft, readLocalDraft, removeLocalDraft, writeLocalDraft } from "./local-drafts";

/** What a form says about its draft: `useSchemaForm({ …, draft: { formKey: "support.plan", recordKey: id, version } })`. */
export type DraftOptions = {
  /** The form, as "<area>.<form>" (lowercase letters, digits, ".", "_", "-"): support.plan. */
  formKey: string;
  /** The record being edited (its id); left out for a new record. */
  recordKey?: string;
  /** The record's version when the form was opened: a draft begun on an older one is flagged on restore. */
  version?: number | null;
  /** Fields never kept in a draft. Any field named like a password is left out whatever this says. */
  exclude?: readonly string[];
  /** How long typing must pause before the draft is saved (ms). */
  delayMs?: number;
};

export type DraftStatus =
  /** Nothing to keep yet (the form is as it was opened, or was just saved). */
  | { kind: "idle" }
  /** Looking for an earlier draft, or waiting for the person to restore or discard it. */
  | { kind: "checking" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** The server could not take it (offline, failed, session expired): kept in this browser. */
  | { kind: "local"; at: string };

export type ServerDraft = {
  status: DraftStatus;
  /** Drops the draft (server and browser): call after the form was saved. useSchemaForm does. */
  drop(): void;
};

/** The form as this hook uses it: @mantine/form's, in controlled mode. */
type DraftableForm<V> = {
  values: V;
  getValues(): V;
  setValues(values: Partial<V>): void;
  isDirty(): boolean;
};

type FormValues = Record<string, unknown>;

const defaultDelayMs = 1_500;

/**
 * The server calls of each draft, one after another across every form showing it: a save sent
 * before the form was submitted cannot land after the drop, nor a form opened again (remounted
 * after a save or a reload) read the draft before the last one's drop has reached the server.
 */
const queues = new Map<string, Promise<unknown>>();

function inTurn<T>({ formKey, recordKey }: DraftAddress, call: () => Promise<T>): Promise<T> {
  const key = JSON.stringify([formKey, recordKey]);
  const result = (queues.get(key) ?? Promise.resolve()).then(call);
  const settled = result.catch(() => {});
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return result;
}

function keptValues(values: FormValues, exclude: readonly string[]): FormValues {
  return Object.fromEntries(
    Object.entries(values).filter(([name]) => !exclude.includes(name) && !/password/i.test(name)),
  );
}

/** The newer of the server's copy and this browser's. */
function newestDraft(
  server: { payload: FormValues; baseVersion: number | null; updatedAt: string } | null,
  local: LocalDraft | null,
): { payload: FormValues; baseVersion: number | null; at: string } | null {
  const fromServer = server && {
    payload: server.payload,
    baseVersion: server.baseVersion,
    at: server.updatedAt,
  };
  const fromLocal = local && { payload: local.payload, baseVersion: local.baseVersion, at: local.savedAt };
  if (fromServer && fromLocal)
    return Date.parse(fromLocal.at) > Date.parse(fromServer.at) ? fromLocal : fromServer;
  return fromServer ?? fromLocal;
}

/**
 * No lost input (issue 10): keeps a long form's values as a draft on the server ~1.5 s after typing
 * pauses, and in this browser whenever the server cannot take it; on opening the form, offers to
 * restore an earlier draft (and says when the record changed since); drops it when the form is
 * saved. Drafts belong to the signed-in person only. Used through useSchemaForm's `draft` option.
 */
export function useServerDraft<V extends FormValues>(
  form: DraftableForm<V>,
  options: DraftOptions | undefined,
): ServerDraft {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const userId = options ? signedInUserId(queryClient) : null;
  const enabled = !!options && !!userId;
  const formKey = options?.formKey ?? "";
  const recordKey = options?.recordKey ?? "";
  const [status, setStatus] = useState<DraftStatus>({ kind: enabled ? "checking" : "idle" });
  // Saving starts once an earlier draft was restored or discarded (or there was none).
  const [ready, setReady] = useState(false);

  // The latest of everything the timers and listeners read, without re-subscribing them.
  const latest = useRef({ form, options, userId });
  latest.current = { form, options, userId };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const address: DraftAddress = { formKey, recordKey };
  const addressRef = useRef(address);
  addressRef.current = address;

  const snapshot = useCallback((): LocalDraft | null => {
    const { form: current, options: given } = latest.current;
    if (!given) return null;
    return {
      payload: keptValues(current.getValues(), given.exclude ?? []),
      baseVersion: given.version ?? null,
      savedAt: new Date().toISOString(),
    };
  }, []);

  /** Keeps the values now: in this browser at once, then on the server (then the browser copy goes). */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { userId: user } = latest.current;
    const draft = snapshot();
    if (!user || !draft) return;
    const { formKey: form, recordKey: record } = addressRef.current;
    writeLocalDraft(user, form, record, draft);
    setStatus({ kind: "saving" });
    void inTurn({ formKey: form, recordKey: record }, async () => {
      try {
        const saved = await saveDraft(
          { formKey: form, recordKey: record },
          { payload: draft.payload, baseVersion: draft.baseVersion },
        );
        // Only the copy of this very save: newer typing's copy stays until its own save.
        if (readLocalDraft(user, form, record)?.savedAt === draft.savedAt)
          removeLocalDraft(user, form, record);
        setStatus((now) => (now.kind === "idle" ? now : { kind: "saved", at: saved.updatedAt }));
      } catch {
        setStatus((now) => (now.kind === "idle" ? now : { kind: "local", at: draft.savedAt }));
      }
    });
  }, [snapshot]);

  const drop = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { userId: user } = latest.current;
    if (!user || !latest.current.options) return;
    const { formKey: form, recordKey: record } = addressRef.current;
    removeLocalDraft(user, form, record);
    setStatus({ kind: "idle" });
    void inTurn({ formKey: form, recordKey: record }, () =>
      deleteDraft({ formKey: form, recordKey: record }).catch(() => {}),
    );
  }, []);

  // On opening: an earlier draft (the server's, or this browser's when newer) is offered back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new address is a new draft; strings are read when it opens
  useEffect(() => {
    if (!enabled || !userId) return;
    let active = true;
    let modalId: string | undefined;
    setReady(false);
    setStatus({ kind: "checking" });
    const local = readLocalDraft(userId, formKey, recordKey);
    void inTurn({ formKey, recordKey }, () => getDraft({ formKey, recordKey }))
      .catch(() => null)
      .then((server) => {
        if (!active) return;
        const found = newestDraft(server, local);
        if (!found) {
          setStatus({ kind: "idle" });
          setReady(true);
          return;
        }
        const version = latest.current.options?.version;
        const changedSince = found.baseVersion !== null && version != null && found.baseVersion < version;
        modalId = modals.openConfirmModal({
          title: t("drafts.restoreTitle"),
          centered: true,
          withCloseButton: false,
          closeOnClickOutside: false,
          closeOnEscape: false,
          children: (
            <Stack gap="sm">
              <Text>{t("drafts.restoreBody", { time: formatDateTime(found.at, i18n.language) })}</Text>
              {changedSince ? (
                <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
                  {t("drafts.changedSince")}
                </Alert>
              ) : null}
            </Stack>
          ),
          labels: { confirm: t("drafts.restore"), cancel: t("drafts.discard") },
          onConfirm: () => {
            latest.current.form.setValues(found.payload as Partial<V>);
            setStatus({ kind: "saved", at: found.at });
            setReady(true);
          },
          onCancel: () => {
            drop();
            setReady(true);
          },
        });
      });
    return () => {
      active = false;
      if (modalId) modals.close(modalId);
    };
  }, [enabled, userId, formKey, recordKey]);

  // Typing: saved once it pauses. Only a form that differs from how it was opened has a draft.
  const values = form.values;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of the values restarts the pause
  useEffect(() => {
    if (!enabled || !ready || !latest.current.form.isDirty()) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, latest.current.options?.delayMs ?? defaultDelayMs);
  }, [values, enabled, ready, flush]);

  // Leaving with typing not yet saved: the page going away gets a browser copy at once (no time for
  // a request); the form closing (another page of the app) saves it as usual.
  useEffect(() => {
    if (!enabled) return;
    const onPageHide = () => {
      const draft = timer.current ? snapshot() : null;
      if (draft && latest.current.userId)
        writeLocalDraft(
          latest.current.userId,
          addressRef.current.formKey,
          addressRef.current.recordKey,
          draft,
        );
    };
    const onOnline = () => {
      if (ready && latest.current.form.isDirty()) flush();
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    // Logged in again after the session ran out: what was kept in the browser goes to the server.
    const stopListening = onSessionRestored(onOnline);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      stopListening();
      if (timer.current) flush();
    };
  }, [enabled, ready, flush, snapshot]);

  return { status, drop };
}
