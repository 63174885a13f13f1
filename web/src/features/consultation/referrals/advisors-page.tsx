import { Badge, Button, Checkbox, Group, Modal, Table, Text } from "@mantine/core";
import type { Advisor } from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { useAdvisors } from "./api/directory";
import { AdvisorForm } from "./components/advisor-form";

/** 専門家: advisors on contract, each with the period and whether it covers today. */
export function AdvisorsPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = roleHas(me.role, "desk.manage");
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Advisor | "new" | null>(null);
  const advisors = useAdvisors(includeInactive);
  const items = advisors.data?.items ?? [];
  const label = (name: keyof typeof referralsJa.advisors.fields) =>
    t(`consultation.referrals.advisors.fields.${name}`);

  return (
    <>
      <BackLink to="/consultation">{t("consultation.form.backToList")}</BackLink>
      <PageHeader
        title={t("consultation.referrals.advisors.title")}
        lead={t("consultation.referrals.advisors.lead")}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing("new")}>
              {t("consultation.referrals.advisors.add")}
            </Button>
          ) : null
        }
      />
      <Checkbox
        mb="md"
        label={t("consultation.referrals.common.includeInactive")}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      {advisors.isPending ? <LoadingState /> : null}
      {advisors.isError ? (
        <ErrorState error={advisors.error} onRetry={() => void advisors.refetch()} />
      ) : null}
      {advisors.data ? (
        <Table.ScrollContainer minWidth={760}>
          <Table captionSide="top" striped verticalSpacing="sm">
            <Table.Caption ta="left" c="dimmed">
              {t("consultation.referrals.advisors.heading")}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{label("name")}</Table.Th>
                <Table.Th scope="col">{label("field")}</Table.Th>
                <Table.Th scope="col">{label("organization")}</Table.Th>
                <Table.Th scope="col">{label("phone")}</Table.Th>
                <Table.Th scope="col">{t("consultation.referrals.advisors.contract")}</Table.Th>
                {canManage ? (
                  <Table.Th scope="col">{t("consultation.referrals.common.edit")}</Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={canManage ? 6 : 5}>
                    {t("consultation.referrals.advisors.empty")}
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {items.map((advisor) => (
                <Table.Tr key={advisor.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {advisor.name}
                    </Text>
                    {advisor.active ? null : (
                      <Text size="xs" c="dimmed">
                        {t("consultation.referrals.common.inactive")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`consultation.referrals.advisorFields.${advisor.field}`)}</Table.Td>
                  <Table.Td>{advisor.organization}</Table.Td>
                  <Table.Td>{advisor.phone}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <span>
                        {advisor.contractStartsOn}〜{advisor.contractEndsOn ?? ""}
                      </span>
                      <Badge
                        variant="light"
                        color={advisor.contractCurrent ? "otagai" : "gray"}
                        c="dark"
                        radius="sm"
                        style={{ textTransform: "none" }}
                      >
                        {advisor.contractCurrent
                          ? t("consultation.referrals.advisors.contractCurrent")
                          : t("consultation.referrals.advisors.contractNotCurrent")}
                      </Badge>
                    </Group>
                  </Table.Td>
                  {canManage ? (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(advisor)}
                        aria-label={t("consultation.referrals.advisors.editOf", { name: advisor.name })}
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
            ? t("consultation.referrals.advisors.add")
            : t("consultation.referrals.advisors.editTitle")
        }
      >
        {editing !== null ? (
          <AdvisorForm
            key={editing === "new" ? "new" : `${editing.id}:${editing.version}`}
            advisor={editing === "new" ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
