import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type CreatedReferral, referralInputSchema } from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { todayInJapan } from "../../../support/participants/participant-format";
import { useAdvisors, useAgencies } from "../api/directory";
import { type ReferralSource, useCreateReferral, useReferralConsents } from "../api/referrals";

/** What the form says of the consent before sending: none possible, none, the purpose matches, or not. */
function ConsentState({
  source,
  recipient,
  on,
  purpose,
}: {
  source: ReferralSource;
  recipient: { agencyId: string | null; advisorId: string | null };
  on: string;
  purpose: string;
}) {
  const { t } = useTranslation();
  const consents = useReferralConsents(source, recipient, on);
  if (!consents.data) return null;
  const key = "consultation.referrals.form.consent";
  let message: string;
  if (!consents.data.hasParticipant) message = t(`${key}.noParticipant`);
  else if (consents.data.consents.length === 0) message = t(`${key}.none`);
  else {
    const match = consents.data.consents.find((consent) => consent.purpose.trim() === purpose.trim());
    message = match
      ? t(`${key}.given`, { givenOn: match.givenOn })
      : t(`${key}.otherPurposes`, {
          purposes: consents.data.consents.map((consent) => `「${consent.purpose}」`).join("、"),
        });
  }
  return (
    <Text size="sm" role="status" data-testid="referral-consent-state">
      {message}
    </Text>
  );
}

/** A referral from a consultation or a case: to an agency or an advisor, with the consent shown. */
export function ReferralForm({
  source,
  onDone,
  onCancel,
}: {
  source: ReferralSource;
  onDone: (created: CreatedReferral) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateReferral(source);
  const agencies = useAgencies();
  const advisors = useAdvisors();
  const form = useSchemaForm({
    initialValues: {
      to: "agency",
      agencyId: "",
      advisorId: "",
      purpose: "",
      reason: "",
      referredOn: todayInJapan(),
      followUpOn: "",
      sharePersonalData: true,
      consentGivenNow: "",
    },
    schema: referralInputSchema,
    toInput: ({ to, ...values }) => ({
      ...values,
      agencyId: to === "agency" && values.agencyId !== "" ? values.agencyId : null,
      advisorId: to === "advisor" && values.advisorId !== "" ? values.advisorId : null,
      followUpOn: values.followUpOn === "" ? null : values.followUpOn,
      consentGivenNow:
        // The server records it only when no consent for this recipient and purpose exists yet.
        values.sharePersonalData && values.consentGivenNow !== ""
          ? (values.consentGivenNow as "verbal" | "written")
          : null,
    }),
    mutation: create,
  });
  const values = form.getValues();
  const recipient = {
    agencyId: values.to === "agency" && values.agencyId !== "" ? values.agencyId : null,
    advisorId: values.to === "advisor" && values.advisorId !== "" ? values.advisorId : null,
  };
  const consents = useReferralConsents(source, recipient, values.referredOn);
  // A registered person without a consent for this recipient and purpose: it may be given now.
  const needsConsent =
    consents.data?.hasParticipant === true &&
    !consents.data.consents.some((consent) => consent.purpose.trim() === values.purpose.trim());
  const label = (name: Exclude<keyof typeof referralsJa.form, "consent" | "consentNow">) =>
    t(`consultation.referrals.form.${name}`);

  return (
    <form
      ref={form.ref}
      noValidate
      onSubmit={form.submit(async (input) => onDone(await create.mutateAsync(input)))}
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} id="referral-to-label" mb={4}>
            {label("recipientKind")}
          </Text>
          <SegmentedControl
            aria-labelledby="referral-to-label"
            data={[
              { value: "agency", label: label("toAgency") },
              { value: "advisor", label: label("toAdvisor") },
            ]}
            {...form.getInputProps("to")}
          />
        </div>
        {values.to === "agency" ? (
          <Select
            label={label("agency")}
            required
            searchable
            data={(agencies.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
            {...form.getInputProps("agencyId")}
            onChange={(value) => form.setFieldValue("agencyId", value ?? "")}
          />
        ) : (
          <Select
            label={label("advisor")}
            required
            searchable
            data={(advisors.data?.items ?? []).map((advisor) => ({
              value: advisor.id,
              label: `${advisor.name}（${t(`consultation.referrals.advisorFields.${advisor.field}`)}）`,
            }))}
            {...form.getInputProps("advisorId")}
            onChange={(value) => form.setFieldValue("advisorId", value ?? "")}
          />
        )}
        <Autocomplete
          label={label("purpose")}
          description={label("purposeHint")}
          required
          maxLength={200}
          data={[...new Set((consents.data?.consents ?? []).map((consent) => consent.purpose))]}
          {...form.getInputProps("purpose")}
        />
        <Textarea label={label("reason")} required autosize minRows={2} {...form.getInputProps("reason")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={label("referredOn")} type="date" required {...form.getInputProps("referredOn")} />
          <TextInput label={label("followUpOn")} type="date" {...form.getInputProps("followUpOn")} />
        </SimpleGrid>
        <Checkbox label={label("share")} {...form.getInputProps("sharePersonalData", { type: "checkbox" })} />
        {values.sharePersonalData && (recipient.agencyId || recipient.advisorId) ? (
          <Alert color="gray" variant="light">
            <ConsentState
              source={source}
              recipient={recipient}
              on={values.referredOn}
              purpose={values.purpose}
            />
          </Alert>
        ) : null}
        {values.sharePersonalData && needsConsent && (recipient.agencyId || recipient.advisorId) ? (
          <Select
            label={t("consultation.referrals.form.consentNow.label")}
            description={t("consultation.referrals.form.consentNow.help")}
            data={[
              { value: "", label: t("consultation.referrals.form.consentNow.notGiven") },
              { value: "verbal", label: t("consultation.referrals.form.consentNow.verbal") },
              { value: "written", label: t("consultation.referrals.form.consentNow.written") },
            ]}
            allowDeselect={false}
            {...form.getInputProps("consentGivenNow")}
            onChange={(value) => form.setFieldValue("consentGivenNow", value ?? "")}
          />
        ) : null}
        <MutationError error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("consultation.referrals.common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {label("submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
