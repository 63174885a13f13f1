import { Button, Group, Select, TextInput } from "@mantine/core";
import { type Role, roles } from "@otagai/shared/platform/permissions";
import { userStatuses } from "@otagai/shared/users/statuses";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../app/form-errors";
import type { FindUsersParams } from "../api/find-users";
import { roleOptions, statusOptions } from "./user-options";

interface UserFiltersProps {
  value: FindUsersParams;
  onChange: (next: FindUsersParams) => void;
  /** The API's messages about the filters (a search text too long, say), by field. */
  errors?: FieldErrors;
}

export function UserFilters({ value, onChange, errors = {} }: UserFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined, page: undefined });
  }

  return (
    <search aria-label={t("common.search")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("users.searchLabel")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            style={{ flex: "1 1 240px" }}
            type="search"
            error={errors.q}
          />
          <Select
            label={t("users.filterRole")}
            data={roleOptions(t)}
            value={value.role ?? null}
            placeholder={t("common.all")}
            clearable
            onChange={(role) =>
              onChange({
                ...value,
                role: (roles as readonly string[]).includes(role ?? "") ? (role as Role) : undefined,
                page: undefined,
              })
            }
            style={{ flex: "1 1 200px" }}
          />
          <Select
            label={t("users.filterStatus")}
            data={statusOptions(t)}
            value={value.status ?? null}
            placeholder={t("common.all")}
            clearable
            onChange={(status) =>
              onChange({
                ...value,
                status: userStatuses.find((candidate) => candidate === status),
                page: undefined,
              })
            }
            style={{ flex: "1 1 160px" }}
          />
          <Group gap="xs">
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {t("common.search")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setQ("");
                onChange({});
              }}
            >
              {t("common.clear")}
            </Button>
          </Group>
        </Group>
      </form>
    </search>
  );
}
