import { Button, Group, Select, TextInput } from "@mantine/core";
import {
  networkRequestKinds,
  networkRequestOrigins,
  networkRequestStatuses,
} from "@otagai/shared/network/requests";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import { type NetworkRequestSearch, useNetworkRequestOwners } from "../api/requests";
import { currentFiscalYear } from "../request-format";

/** The list's filters: words, status, kind, origin, owner and fiscal year. */
export function RequestFilters({
  value,
  onChange,
  errors = {},
}: {
  value: NetworkRequestSearch;
  onChange: (next: NetworkRequestSearch) => void;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const owners = useNetworkRequestOwners();
  const [q, setQ] = useState(value.q ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);

  function set(next: Partial<NetworkRequestSearch>) {
    onChange({ ...value, ...next, page: undefined });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    set({ q: q.trim() || undefined });
  }
  const thisYear = currentFiscalYear();
  const years = Array.from({ length: 6 }, (_, index) => String(thisYear - index));
  if (value.fiscalYear && !years.includes(String(value.fiscalYear))) years.push(String(value.fiscalYear));
  const all = t("network.requests.filters.all");

  return (
    <search aria-label={t("network.requests.filters.label")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("network.requests.filters.q")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            error={errors.q}
            w={220}
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
            {t("network.requests.filters.search")}
          </Button>
          <Select
            label={t("network.requests.filters.status")}
            placeholder={all}
            clearable
            data={networkRequestStatuses.map((status) => ({
              value: status,
              label: t(`network.requests.statuses.${status}`),
            }))}
            value={value.status ?? null}
            onChange={(status) => set({ status: networkRequestStatuses.find((option) => option === status) })}
            w={140}
          />
          <Select
            label={t("network.requests.filters.kind")}
            placeholder={all}
            clearable
            data={networkRequestKinds.map((kind) => ({
              value: kind,
              label: t(`network.requests.kinds.${kind}`),
            }))}
            value={value.kind ?? null}
            onChange={(kind) => set({ kind: networkRequestKinds.find((option) => option === kind) })}
            w={170}
          />
          <Select
            label={t("network.requests.filters.origin")}
            placeholder={all}
            clearable
            data={networkRequestOrigins.map((origin) => ({
              value: origin,
              label: t(`network.requests.origins.${origin}`),
            }))}
            value={value.origin ?? null}
            onChange={(origin) => set({ origin: networkRequestOrigins.find((option) => option === origin) })}
            w={200}
          />
          <Select
            label={t("network.requests.filters.owner")}
            placeholder={all}
            clearable
            data={[
              { value: "none", label: t("network.requests.filters.ownerNone") },
              ...(owners.data?.items ?? []).map((owner) => ({ value: owner.id, label: owner.displayName })),
            ]}
            value={value.owner ?? null}
            onChange={(owner) => set({ owner: owner ?? undefined })}
            w={170}
          />
          <Select
            label={t("network.requests.filters.fiscalYear")}
            placeholder={all}
            clearable
            data={years.map((year) => ({
              value: year,
              label: t("network.requests.fiscalYearLabel", { year }),
            }))}
            value={value.fiscalYear ? String(value.fiscalYear) : null}
            onChange={(year) => set({ fiscalYear: year ? Number(year) : undefined })}
            w={140}
          />
          <Button variant="subtle" onClick={() => onChange({})}>
            {t("network.requests.filters.clear")}
          </Button>
        </Group>
      </form>
    </search>
  );
}
