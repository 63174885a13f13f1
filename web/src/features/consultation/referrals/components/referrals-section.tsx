import { Alert, Button, Group, Modal, Paper, Table, Text, Title } from "@mantine/core";
import type { AdvisorField, AgencyKind, ReferralConsentStatus } from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { IconInfoCircle, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { type ReferralSource, useSourceReferrals } from "../api/referrals";
import { ReferralForm } from "./referral-form";
import { ReferralStatusBadge } from "./referral-status-badge";

/**
 * つなぎ: a consultation's or a case's referrals to agencies and escalations to advisors, each
 * linking to its page, and the form recording a new one (its consent outcome said in words).
 * The consultation page and the case page show it; its strings come with the "consultation" ones.
 */
export function ReferralsSection({ source, canWrite }: { source: ReferralSource; canWrite: boolean }) {
  const { t } = useTranslation();
  const referrals = useSourceReferrals(source);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<ReferralConsentStatus | null>(null);
  const items = referrals.data?.items ?? [];
  const column = (name: keyof typeof referralsJa.section.columns) =>
    t(`consultation.referrals.section.columns.${name}`);
  return (
    <Paper component="section" withBorder p={{ base: "sm", sm: "lg" }} aria-labelledby="referrals-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="referrals-heading">
          {t("consultation.referrals.section.heading")}
        </Title>
        {canWrite ? (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              setOutcome(null);
              setAdding(true);
            }}
          >
            {t("consultation.referrals.section.new")}
          </Button>
        ) : null}
      </Group>
      {outcome ? (
        <Alert
          color={outcome === "given" ? "otagai" : "yellow"}
          icon={<IconInfoCircle aria-hidden />}
          role="status"
          mb="md"
          withCloseButton
          closeButtonLabel={t("common.cancel")}
          onClose={() => setOutcome(null)}
        >
          {t(`consultation.referrals.outcome.${outcome}`)}
        </Alert>
      ) : null}
      {referrals.isPending ? <LoadingState /> : null}
      {referrals.isError ? (
        <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : null}
      {referrals.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("consultation.referrals.section.empty")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-labelledby="referrals-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{column("referredOn")}</Table.Th>
                <Table.Th scope="col">{column("recipient")}</Table.Th>
                <Table.Th scope="col">{column("purpose")}</Table.Th>
                <Table.Th scope="col">{column("status")}</Table.Th>
                <Table.Th scope="col">{column("personalData")}</Table.Th>
                <Table.Th scope="col">{column("followUpOn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <AnchorLink to="/consultation/referrals/$id" params={{ id: item.id }}>
                      {item.referredOn}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    {item.recipient.name}
                    <Text size="xs" c="dimmed">
                      {item.recipient.kind === "agency"
                        ? t(`consultation.referrals.agencyKinds.${item.recipient.type as AgencyKind}`)
                        : t(`consultation.referrals.advisorFields.${item.recipient.type as AdvisorField}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.purpose}</Table.Td>
                  <Table.Td>
                    <ReferralStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>
                    {item.personalDataShared
                      ? t("consultation.referrals.section.shared")
                      : t("consultation.referrals.section.notShared")}
                  </Table.Td>
                  <Table.Td>{item.followUpOn ?? ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal
        closeButtonProps={{ "aria-label": t("common.cancel") }}
        opened={adding}
        onClose={() => setAdding(false)}
        size="lg"
        title={t("consultation.referrals.form.title")}
      >
        {adding ? (
          <ReferralForm
            source={source}
            onCancel={() => setAdding(false)}
            onDone={(created) => {
              setAdding(false);
              setOutcome(created.consent.status);
            }}
          />
        ) : null}
      </Modal>
    </Paper>
  );
}
