import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from "../app/form-errors";

/**
 * Small form state: values, per-field messages from the shared zod schema (before sending) and from
 * the server's `fields` (after), and focus on the first invalid input so keyboard users find it.
 */
export function useForm<V extends Record<string, unknown>>(initial: V) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt]);

  const setField = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key as string] ? { ...current, [key]: undefined } : current));
  }, []);

  function validate<S extends z.ZodType>(schema: S, input: unknown = values): z.output<S> | null {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(zodFieldErrors(parsed.error, t));
    setAttempt((count) => count + 1);
    return null;
  }

  /** Shows the server's field messages; returns true when there were any. */
  function showServerErrors(error: unknown): boolean {
    const fields = serverFieldErrors(error);
    if (Object.keys(fields).length === 0) return false;
    setErrors(fields);
    setAttempt((count) => count + 1);
    return true;
  }

  function markErrors(fields: FieldErrors) {
    setErrors(fields);
    setAttempt((count) => count + 1);
  }

  /** value, onChange and error for a text input bound to a string field: `<TextInput {...form.textInput("email")} />`. */
  function textInput<K extends keyof V & string>(key: K) {
    return {
      value: values[key] as string,
      onChange: (event: { currentTarget: { value: string } }) =>
        setField(key, event.currentTarget.value as V[K]),
      error: errors[key],
    };
  }

  return { values, setValues, setField, errors, validate, showServerErrors, markErrors, formRef, textInput };
}
