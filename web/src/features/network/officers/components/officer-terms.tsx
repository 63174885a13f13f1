import { Badge, Button, Group, Select, Table, TextInput } from "@mantine/core";
import { type Officer, officerRoles, officerTermStates } from "@otagai/shared/network/officers";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import { AnchorLink } from "../../../../components/router-links";
import type { OfficerSearch } from "../api/officers";

/** The terms' filters: words of the name or reading, role, and current / past / future. */
export function OfficerFilters({
  value,
  onChange,
  errors = {},
}: {
  value: OfficerSearch;
  onChange: (next: OfficerSearch) => void;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);
  function set(next: Partial<OfficerSearch>) {
    onChange({ ...value, ...next, page: undefined });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    set({ q: q.trim() || undefined });
  }
  const all = t("network.officers.filters.all");
  return (
    <search aria-label={t("network.officers.filters.label")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("network.officers.filters.q")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            error={errors.q}
            w={220}
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
            {t("network.officers.filters.search")}
          </Button>
          <Select
            label={t("network.officers.filters.role")}
            placeholder={all}
            clearable
            data={officerRoles.map((role) => ({ value: role, label: t(`officerRoles.${role}`) }))}
            value={value.role ?? null}
            onChange={(role) => set({ role: officerRoles.find((option) => option === role) })}
            w={160}
          />
          <Select
            label={t("network.officers.filters.term")}
            placeholder={all}
            clearable
            data={officerTermStates.map((state) => ({
              value: state,
              label: t(`network.officers.terms.states.${state}`),
            }))}
            value={value.term ?? null}
            onChange={(term) => set({ term: officerTermStates.find((option) => option === term) })}
            w={160}
          />
          <Button variant="subtle" onClick={() => onChange({ on: value.on })}>
            {t("network.officers.filters.clear")}
          </Button>
        </Group>
      </form>
    </search>
  );
}

function stateOf(officer: Officer, today: string) {
  if (officer.termEndsOn < today) return "past" as const;
  if (officer.termStartsOn > today) return "future" as const;
  return "current" as const;
}
const stateColors = { current: "otagai", past: "gray", future: "blue" } as const;

/** Every term, one row each: the name links to the term's page. */
export function OfficerTermsTable({ officers, today }: { officers: Officer[]; today: string }) {
  const { t } = useTranslation();
  const column = (key: "name" | "role" | "term" | "organization") =>
    t(`network.officers.terms.columns.${key}`);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("network.officers.terms.heading")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(["name", "role", "term", "organization"] as const).map((key) => (
              <Table.Th key={key} scope="col">
                {column(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {officers.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>{t("network.officers.terms.empty")}</Table.Td>
            </Table.Tr>
          ) : null}
          {officers.map((officer) => {
            const state = stateOf(officer, today);
            return (
              <Table.Tr key={officer.id}>
                <Table.Td>
                  <AnchorLink to="/network/officers/$id" params={{ id: officer.id }} fw={600}>
                    {officer.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{t(`officerRoles.${officer.role}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {officer.termStartsOn}〜{officer.termEndsOn}{" "}
                  <Badge variant="light" color={stateColors[state]} c="dark" radius="sm">
                    {t(`network.officers.terms.states.${state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{officer.memberOrganizationName ?? ""}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
