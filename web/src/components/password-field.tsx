import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * Mantine's PasswordInput with its show/hide button named in the UI language and reachable by Tab
 * (Mantine takes it out of the tab order by default), and marked invalid while it shows an error
 * (Mantine leaves aria-invalid off the inner <input>).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ tabIndex: 0, "aria-label": t("common.showPassword") }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
