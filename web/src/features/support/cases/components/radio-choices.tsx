import { Group, Radio, Stack } from "@mantine/core";
import type { ReactNode } from "react";

interface RadioChoicesProps {
  label: ReactNode;
  description?: ReactNode;
  options: { value: string; label: string; description?: string }[];
  value?: string | null;
  onChange: (value: string) => void;
  error?: ReactNode;
  required?: boolean;
  /** Side by side (short labels) or one under another. */
  inline?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * A radio group (role radiogroup, named by its label). When the group has an error its first radio
 * is marked invalid, so the form's "focus the first invalid input" lands on it.
 */
export function RadioChoices({
  options,
  value,
  onChange,
  error,
  inline,
  label,
  description,
  required,
}: RadioChoicesProps) {
  const Layout = inline ? Group : Stack;
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value ?? ""}
      onChange={onChange}
      error={error}
      required={required}
    >
      <Layout gap="sm" mt={6}>
        {options.map((option, index) => (
          <Radio
            key={option.value}
            value={option.value}
            label={option.label}
            description={option.description}
            aria-invalid={index === 0 && error ? true : undefined}
          />
        ))}
      </Layout>
    </Radio.Group>
  );
}
