import { Select, SimpleGrid } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { Role } from "@otagai/shared/platform/permissions";
import { useTranslation } from "react-i18next";
import { ProgramSelect } from "./program-select";
import { localeOptions, roleOptions } from "./user-options";
import { WorkplaceSelect } from "./workplace-select";

interface UserAccessFieldsProps {
  /** The form's getInputProps, for the fields this part binds. */
  getInputProps: (field: "role" | "locale" | "programIds" | "workplaceId") => GetInputPropsReturnType;
  /** The role chosen now: a partner picks the workplace they belong to. */
  role: Role | null;
  disabled?: boolean;
  /** Why the role cannot be changed here (one's own account), shown under the disabled field. */
  roleLockedNote?: string;
}

/** What a user may do and see: role, UI language and the programs (事業) they work on. */
export function UserAccessFields({ getInputProps, role, disabled, roleLockedNote }: UserAccessFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("fields.role")}
          required
          data={roleOptions(t)}
          allowDeselect={false}
          {...getInputProps("role")}
          disabled={disabled || !!roleLockedNote}
          description={roleLockedNote}
          inputWrapperOrder={["label", "input", "description", "error"]}
        />
        <Select
          label={t("fields.locale")}
          required
          data={localeOptions(t)}
          allowDeselect={false}
          {...getInputProps("locale")}
          disabled={disabled}
        />
      </SimpleGrid>
      {role === "partner" ? <WorkplaceSelect {...getInputProps("workplaceId")} disabled={disabled} /> : null}
      <ProgramSelect {...getInputProps("programIds")} disabled={disabled} />
    </>
  );
}
