import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import {
  type Referral,
  referralNextStatuses,
  updateReferralInputSchema,
} from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useSchemaForm } from "../../../components/use-form";
import { isReferralId, useReferral, useUpdateReferral } from "./api/referrals";
import { ReferralStatusBadge } from "./components/referral-status-badge";

const routeApi = getRouteApi("/_authenticated/consultation/referrals/$id");

/** The status (one step on), the result and the follow-up date, saved with the version shown. */
function StatusForm({ referral, onSaved }: { referral: Referral; onSaved: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateReferral(referral.id);
  const form = useSchemaForm({
    initialValues: {
      status: referral.status as string,
      result: referral.result,
      followUpOn: referral.followUpOn ?? "",
    },
    schema: updateReferralInputSchema,
    toInput: (values) => ({
      ...values,
      followUpOn: values.followUpOn === "" ? null : values.followUpOn,
      version: referral.version,
    }),
    mutation: update,
  });
  const next = referralNextStatuses[referral.status];
  const label = (name: keyof typeof referralsJa.page) => t(`consultation.referrals.page.${name}`);
  return (
    <form
      ref={form.ref}
      noValidate
      onSubmit={form.submit(async (input) => {
        await update.mutateAsync(input);
        onSaved();
      })}
    >
      <Stack gap="sm">
        <Select
          label={label("nextStatus")}
          allowDeselect={false}
          data={[
            {
              value: referral.status,
              label: `${t(`consultation.referrals.statuses.${referral.status}`)}（${label("keepStatus")}）`,
            },
            ...next.map((status) => ({
              value: status,
              label: t(`consultation.referrals.statuses.${status}`),
            })),
          ]}
          {...form.getInputProps("status")}
        />
        <Textarea
          label={label("result")}
          autosize
          minRows={3}
          maxLength={4000}
          {...form.getInputProps("result")}
        />
        <TextInput
          label={t("consultation.referrals.form.followUpOn")}
          type="date"
          w={220}
          {...form.getInputProps("followUpOn")}
        />
        <MutationError error={update.error} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t("consultation.referrals.common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One referral: where from, to whom, whether personal details went, its status and result. */
export function ReferralPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const referral = useReferral(id);
  const [saved, setSaved] = useState(false);
  if (!isReferralId(id) || (isApiError(referral.error) && referral.error.status === 404))
    return <NotFoundPage />;
  const data = referral.data;
  const label = (name: keyof typeof referralsJa.page) => t(`consultation.referrals.page.${name}`);
  const row = (name: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {name}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: "pre-wrap" }}>
        {value}
      </Text>
    </div>
  );
  return (
    <>
      <BackLink to="/consultation">{label("back")}</BackLink>
      <PageHeader
        title={data ? `${label("title")}: ${data.recipient.name}` : label("title")}
        lead={data ? <ReferralStatusBadge status={data.status} /> : undefined}
      />
      {referral.isPending ? <LoadingState /> : null}
      {referral.isError ? (
        <ErrorState error={referral.error} onRetry={() => void referral.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="lg" maw={900}>
          <Paper withBorder p="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {row(
                label("from"),
                <Group gap="sm">
                  {data.consultationId ? (
                    <AnchorLink
                      to="/consultation/consultations/$id"
                      params={{ id: data.consultationId }}
                      search={{}}
                    >
                      {label("consultation")}
                    </AnchorLink>
                  ) : null}
                  {data.caseId && roleHas(me.role, "cases.read") ? (
                    <AnchorLink to="/support/cases/$id" params={{ id: data.caseId }}>
                      {label("case")}
                    </AnchorLink>
                  ) : null}
                </Group>,
              )}
              {row(label("person"), data.participantName ?? "—")}
              {row(t("consultation.referrals.section.columns.recipient"), data.recipient.name)}
              {row(t("consultation.referrals.section.columns.referredOn"), data.referredOn)}
              {row(t("consultation.referrals.section.columns.purpose"), data.purpose)}
              {row(label("personalData"), data.personalDataShared ? label("shared") : label("notShared"))}
              {row(label("reason"), data.reason)}
              {row(label("statusChangedOn"), data.statusChangedOn)}
              {row(label("result"), data.result || "—")}
              {row(label("recordedBy"), data.createdByName ?? "—")}
            </SimpleGrid>
          </Paper>
          {roleHas(me.role, "referrals.write") ? (
            <Paper withBorder p="lg" component="section" aria-labelledby="referral-update-heading">
              <Title order={2} size="h4" id="referral-update-heading" mb="md">
                {label("update")}
              </Title>
              {saved ? (
                <Alert color="otagai" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
                  {label("saved")}
                </Alert>
              ) : null}
              <StatusForm key={data.version} referral={data} onSaved={() => setSaved(true)} />
            </Paper>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
