import type { PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PasswordField } from "./password-field";

interface NewPasswordFieldsProps {
  /** The new password's label; "新しいパスワード" unless given. */
  label?: string;
  /** value, onChange and error of the new password (a form's getInputProps). */
  input: PasswordInputProps;
  /** A second input to type the new password again, when the form asks for it. */
  confirm?: PasswordInputProps;
}

/**
 * The input for a password being set (with the password policy under it), and optionally the
 * input that repeats it. Both tell the browser's password manager to suggest a new password.
 */
export function NewPasswordFields({ label, input, confirm }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={label ?? t("fields.newPassword")}
        autoComplete="new-password"
        required
        description={t("account.passwordPolicy")}
        {...input}
      />
      {confirm ? (
        <PasswordField
          label={t("account.confirmPassword")}
          autoComplete="new-password"
          required
          {...confirm}
        />
      ) : null}
    </>
  );
}
