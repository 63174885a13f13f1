import { Select, SimpleGrid } from "@mantine/core";
import { type Role, roles } from "@otagai/shared/platform/permissions";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../app/form-errors";
import { isLocale } from "../../../app/i18n";
import { ProgramSelect } from "./program-select";
import { localeOptions, roleOptions } from "./user-options";

interface UserAccessValues {
  role: Role | null;
  locale: string;
  programIds: string[];
}

/** The form's `setField`, for the three fields this part sets. */
interface SetAccessField {
  (key: "role", value: Role): void;
  (key: "locale", value: string): void;
  (key: "programIds", value: string[]): void;
}

interface UserAccessFieldsProps {
  values: UserAccessValues;
  errors: FieldErrors;
  setField: SetAccessField;
  disabled?: boolean;
}

function isRole(value: string | null): value is Role {
  return (roles as readonly string[]).includes(value ?? "");
}

/** What a user may do and see: role, UI language and the programs (事業) they work on. */
export function UserAccessFields({ values, errors, setField, disabled }: UserAccessFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("fields.role")}
          required
          data={roleOptions(t)}
          value={values.role}
          onChange={(role) => {
            if (isRole(role)) setField("role", role);
          }}
          error={errors.role}
          allowDeselect={false}
          disabled={disabled}
        />
        <Select
          label={t("fields.locale")}
          required
          data={localeOptions(t)}
          value={values.locale}
          onChange={(locale) => setField("locale", isLocale(locale) ? locale : "ja")}
          error={errors.locale}
          allowDeselect={false}
          disabled={disabled}
        />
      </SimpleGrid>
      <ProgramSelect
        value={values.programIds}
        onChange={(programIds) => setField("programIds", programIds)}
        error={errors.programIds}
        disabled={disabled}
      />
    </>
  );
}
