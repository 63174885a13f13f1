import { TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { toWareki } from "@otagai/shared/japanese/era";
import { useTranslation } from "react-i18next";
import { ageOn, todayInJapan } from "../participant-format";

interface BirthDateFieldProps {
  label: string;
  inputProps: GetInputPropsReturnType;
  required?: boolean;
}

/**
 * The date of birth (the browser's date picker, typed or picked), with its 和暦 and the age today
 * in Japan beside it: people give their birth date either way and staff check the age at a glance.
 */
export function BirthDateField({ label, inputProps, required }: BirthDateFieldProps) {
  const { t } = useTranslation();
  const value = typeof inputProps.value === "string" ? inputProps.value : "";
  const today = todayInJapan();
  const age = ageOn(value, today);
  const wareki = value ? toWareki(value) : null;
  const info =
    age !== null && age < 0
      ? t("support.participants.birthDateFuture")
      : wareki && age !== null
        ? t("support.participants.birthDateInfo", { wareki, age })
        : undefined;
  return (
    <TextInput
      label={label}
      type="date"
      min="1900-01-01"
      max={today}
      description={info}
      inputWrapperOrder={["label", "input", "description", "error"]}
      required={required}
      {...inputProps}
    />
  );
}
