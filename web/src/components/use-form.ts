import { useForm } from "@mantine/form";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type DraftOptions, useServerDraft } from "../app/drafts/use-server-draft";
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from "../app/form-errors";

interface SchemaFormOptions<V, S extends z.ZodType> {
  initialValues: V;
  /** The shared zod schema the server checks the same input with. */
  schema: S;
  /** What is checked and sent, when it is not the values as they are (only the changed fields, say). */
  toInput?: (values: V) => unknown;
  /** The mutation that sends the form: a new attempt clears its last error. */
  mutation?: { reset(): void };
  /**
   * Keep a draft on the server while the person types (long forms): restored after a closed tab,
   * a crash or an expired session, dropped once the form is sent. app/drafts/use-server-draft.tsx.
   */
  draft?: DraftOptions;
}

/**
 * A @mantine/form form checked with the shared zod schema before sending (messages from the
 * catalogs, as the server would word them) and showing the server's `fields` after; either way the
 * first invalid input gets the focus, so keyboard and screen-reader users find it.
 *
 *   const form = useSchemaForm({ initialValues, schema, mutation });
 *   <form ref={form.ref} onSubmit={form.submit(async (input) => mutation.mutateAsync(input))} noValidate>
 *     <TextInput {...form.getInputProps("email")} />
 */
export function useSchemaForm<V extends Record<string, unknown>, S extends z.ZodType>({
  initialValues,
  schema,
  toInput,
  mutation,
  draft: draftOptions,
}: SchemaFormOptions<V, S>) {
  const { t } = useTranslation();
  const form = useForm<V>({ mode: "controlled", initialValues });
  const draft = useServerDraft(form, draftOptions);
  const ref = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  /** Shows messages under the inputs (by field name) and moves the focus to the first. */
  function showErrors(fields: FieldErrors) {
    form.setErrors(fields);
    setAttempt((count) => count + 1);
  }

  /**
   * The form's onSubmit: checks the input, then runs `send` with the schema's output. A refusal
   * from the server puts its field messages under the inputs; the caller's mutation keeps the error
   * for the message above the buttons.
   */
  function submit(send: (input: z.output<S>) => Promise<unknown>) {
    return async (event?: FormEvent) => {
      event?.preventDefault();
      mutation?.reset();
      const input = toInput ? toInput(form.getValues()) : form.getValues();
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        showErrors(zodFieldErrors(parsed.error, t, input));
        return;
      }
      form.clearErrors();
      try {
        await send(parsed.data);
        // Saved: the draft has done its work, and typing from here on starts a new one.
        if (draftOptions) {
          draft.drop();
          form.resetDirty();
        }
      } catch (error) {
        const fields = serverFieldErrors(error, t);
        if (Object.keys(fields).length > 0) showErrors(fields);
      }
    };
  }

  return { ...form, ref, submit, showErrors, draft };
}
