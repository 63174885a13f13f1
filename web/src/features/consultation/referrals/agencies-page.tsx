import { Badge, Button, Checkbox, Group, Modal, Select, Table, Text, TextInput } from "@mantine/core";
import { type Agency, type AgencyKind, agencyKinds } from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { useAgencies } from "./api/directory";
import { AgencyForm } from "./components/agency-form";

/** 関係機関: the directory of agencies — search by name, filter by kind; the desk adds and edits. */
export function AgenciesPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = roleHas(me.role, "desk.manage");
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<AgencyKind | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Agency | "new" | null>(null);
  const agencies = useAgencies({
    q: q.trim() || undefined,
    kind: kind ?? undefined,
    includeInactive: includeInactive ? "true" : undefined,
  });
  const items = agencies.data?.items ?? [];
  const label = (name: keyof typeof referralsJa.agencies.fields) =>
    t(`consultation.referrals.agencies.fields.${name}`);

  return (
    <>
      <BackLink to="/consultation">{t("consultation.form.backToList")}</BackLink>
      <PageHeader
        title={t("consultation.referrals.agencies.title")}
        lead={t("consultation.referrals.agencies.lead")}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing("new")}>
              {t("consultation.referrals.agencies.add")}
            </Button>
          ) : null
        }
      />
      <Group align="flex-end" mb="md" role="search">
        <TextInput
          label={t("consultation.referrals.agencies.search")}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t("consultation.referrals.agencies.kind")}
          placeholder={t("consultation.referrals.common.all")}
          clearable
          value={kind}
          onChange={(value) => setKind(value as AgencyKind | null)}
          data={agencyKinds.map((value) => ({
            value,
            label: t(`consultation.referrals.agencyKinds.${value}`),
          }))}
          w={260}
        />
        <Checkbox
          label={t("consultation.referrals.common.includeInactive")}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {agencies.isPending ? <LoadingState /> : null}
      {agencies.isError ? (
        <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : null}
      {agencies.data ? (
        <Table.ScrollContainer minWidth={800}>
          <Table captionSide="top" striped verticalSpacing="sm">
            <Table.Caption ta="left" c="dimmed">
              {t("consultation.referrals.agencies.heading")}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{label("name")}</Table.Th>
                <Table.Th scope="col">{label("kind")}</Table.Th>
                <Table.Th scope="col">{label("handles")}</Table.Th>
                <Table.Th scope="col">{label("contactPerson")}</Table.Th>
                <Table.Th scope="col">{label("phone")}</Table.Th>
                {canManage ? (
                  <Table.Th scope="col">{t("consultation.referrals.common.edit")}</Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={canManage ? 6 : 5}>
                    {t("consultation.referrals.agencies.empty")}
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {items.map((agency) => (
                <Table.Tr key={agency.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {agency.name}
                      </Text>
                      {agency.active ? null : (
                        <Badge
                          variant="light"
                          color="gray"
                          c="dark"
                          radius="sm"
                          style={{ textTransform: "none" }}
                        >
                          {t("consultation.referrals.common.inactive")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`consultation.referrals.agencyKinds.${agency.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {agency.handles}
                    </Text>
                  </Table.Td>
                  <Table.Td>{agency.contactPerson}</Table.Td>
                  <Table.Td>{agency.phone}</Table.Td>
                  {canManage ? (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(agency)}
                        aria-label={t("consultation.referrals.agencies.editOf", { name: agency.name })}
                      >
                        {t("consultation.referrals.common.edit")}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal
        closeButtonProps={{ "aria-label": t("common.cancel") }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editing === "new"
            ? t("consultation.referrals.agencies.add")
            : t("consultation.referrals.agencies.editTitle")
        }
      >
        {editing !== null ? (
          <AgencyForm
            key={editing === "new" ? "new" : `${editing.id}:${editing.version}`}
            agency={editing === "new" ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
