import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { DraftOptions } from "../../../../app/drafts/use-server-draft";
import { useSchemaForm } from "../../../../components/use-form";
import { serverPathErrors, zodPathErrors } from "./form-paths";

interface StepFormOptions<V, S extends z.ZodType> {
  initialValues: V;
  schema: S;
  /** The input as the API takes it, in the same shape as the values (so error paths match inputs). */
  toInput?: (values: V) => unknown;
  mutation: { reset(): void };
  /** Long forms keep a draft on the server as the person types (app/drafts/use-server-draft.tsx). */
  draft?: DraftOptions;
}

/**
 * useSchemaForm for the case's step forms. Those forms hold lists (topics, areas, goals and their
 * actions), so messages are placed by their full path ("goals.1.actions.0.action") instead of the
 * first segment, both from the shared schema before sending and from the server's answer; the
 * first invalid input still gets the focus (useSchemaForm's showErrors).
 */
export function useStepForm<V extends Record<string, unknown>, S extends z.ZodType>(
  options: StepFormOptions<V, S>,
) {
  const { t } = useTranslation();
  const form = useSchemaForm(options);
  const { schema, toInput, mutation, draft } = options;

  function submit(send: (input: z.output<S>) => Promise<unknown>) {
    return async (event?: FormEvent) => {
      event?.preventDefault();
      mutation.reset();
      const input = toInput ? toInput(form.getValues()) : form.getValues();
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        form.showErrors(zodPathErrors(parsed.error, t, input));
        return;
      }
      form.clearErrors();
      try {
        await send(parsed.data);
        // Saved: the draft has done its work (as useSchemaForm's own submit does).
        if (draft) {
          form.draft.drop();
          form.resetDirty();
        }
      } catch (error) {
        const fields = serverPathErrors(error, t);
        if (Object.keys(fields).length > 0) form.showErrors(fields);
      }
    };
  }

  return { ...form, submit };
}
