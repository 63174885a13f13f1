import { useState } from "react";

/**
 * A record's profile edited in place on its page: whether the form is open, and what the form needs
 * to survive someone else saving first — after a 409 the latest record is read and the form opens
 * again on it (a new key, so it takes the new version) with this person's changes laid over it.
 */
export function useEditInPlace<V>(options: {
  /** Reads the latest record. */
  refetch: () => Promise<unknown>;
  /** Clears the page's status line (a change starts, or is reloaded). */
  clearNotice: () => void;
  onSaved: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<Partial<V> | undefined>();
  const [generation, setGeneration] = useState(0);
  const close = () => {
    setEditing(false);
    setPending(undefined);
  };
  return {
    editing,
    /** The edit form's key: a reload opens a new form on the fresh record. */
    generation,
    start() {
      options.clearNotice();
      setPending(undefined);
      setEditing(true);
    },
    formProps: {
      pending,
      onSaved() {
        close();
        options.onSaved();
      },
      onCancel: close,
      onReload(changes: Partial<V>) {
        void (async () => {
          options.clearNotice();
          await options.refetch();
          setPending(changes);
          setGeneration((value) => value + 1);
        })();
      },
    },
  };
}
