import { useTranslation } from "react-i18next";
import { PasswordField } from "./password-field";

interface PasswordValue {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

interface NewPasswordFieldsProps extends PasswordValue {
  /** The new password's label; "新しいパスワード" unless given. */
  label?: string;
  /** A second input to type the new password again, when the form asks for it. */
  confirm?: PasswordValue;
}

/**
 * The input for a password being set (with the password policy under it), and optionally the
 * input that repeats it. Both tell the browser's password manager to suggest a new password.
 */
export function NewPasswordFields({ label, value, onChange, error, confirm }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={label ?? t("fields.newPassword")}
        autoComplete="new-password"
        required
        description={t("account.passwordPolicy")}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      />
      {confirm ? (
        <PasswordField
          label={t("account.confirmPassword")}
          autoComplete="new-password"
          required
          value={confirm.value}
          onChange={(event) => confirm.onChange(event.currentTarget.value)}
          error={confirm.error}
        />
      ) : null}
    </>
  );
}
