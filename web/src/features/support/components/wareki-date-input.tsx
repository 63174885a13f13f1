import { TextInput, type TextInputProps } from "@mantine/core";
import { toWareki } from "@otagai/shared/japanese/era";
import { useTranslation } from "react-i18next";

/**
 * A date input (the browser's own picker, typed as YYYY-MM-DD) with the date in 和暦 under it, as
 * the paper forms have it. The 和暦 is part of the input's description, so a screen reader reads it
 * with the field.
 */
export function WarekiDateInput({ value, description, ...props }: TextInputProps & { value?: string }) {
  const { i18n } = useTranslation();
  const wareki = value && i18n.language !== "en" ? toWareki(value) : null;
  return (
    <TextInput
      type="date"
      value={value ?? ""}
      description={wareki ?? description}
      inputWrapperOrder={["label", "input", "description", "error"]}
      {...props}
    />
  );
}
