import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import {
  type Consent,
  consentMethods,
  createConsentInputSchema,
  type Participant,
  withdrawConsentInputSchema,
} from "@otagai/shared/support/participants";
import { IconCircleCheck, IconPlus } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useAddConsent } from "../api/add-consent";
import { useWithdrawConsent } from "../api/withdraw-consent";
import { formatDate, todayInJapan } from "../participant-format";

function AddConsentForm({
  participantId,
  onDone,
  onCancel,
}: {
  participantId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddConsent(participantId);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const form = useSchemaForm({
    initialValues: {
      purpose: "",
      agency: "",
      givenOn: todayInJapan(),
      method: "written" as string,
      notes: "",
    },
    schema: createConsentInputSchema,
    mutation: add,
  });
  const submit = form.submit(async (input) => {
    await add.mutateAsync(input);
    onDone();
  });
  return (
    <Paper
      component="form"
      withBorder
      p="md"
      radius="md"
      ref={form.ref}
      onSubmit={submit}
      noValidate
      aria-labelledby="consent-add-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="consent-add-heading">
          {t("support.participants.consents.addTitle")}
        </Title>
        <MutationError error={add.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("support.participants.consents.purpose")}
            description={t("support.participants.consents.purposeHelp")}
            inputWrapperOrder={["label", "input", "description", "error"]}
            required
            autoComplete="off"
            ref={firstRef}
            {...form.getInputProps("purpose")}
          />
          <TextInput
            label={t("support.participants.consents.agency")}
            autoComplete="off"
            {...form.getInputProps("agency")}
          />
          <TextInput
            type="date"
            label={t("support.participants.consents.givenOn")}
            required
            max={todayInJapan()}
            {...form.getInputProps("givenOn")}
          />
          <Radio.Group
            label={t("support.participants.consents.method")}
            required
            {...form.getInputProps("method")}
          >
            <Group gap="lg" mt={6}>
              {consentMethods.map((method) => (
                <Radio
                  key={method}
                  value={method}
                  label={t(`support.participants.consents.methods.${method}`)}
                />
              ))}
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <Textarea
          label={t("support.participants.consents.notes")}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps("notes")}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("support.participants.consents.add")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function WithdrawConsentForm({
  participantId,
  consent,
  onDone,
  onCancel,
}: {
  participantId: string;
  consent: Consent;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(participantId, consent.id);
  const dateRef = useRef<HTMLInputElement>(null);
  useEffect(() => dateRef.current?.focus(), []);
  const form = useSchemaForm({
    initialValues: { withdrawnOn: todayInJapan() },
    schema: withdrawConsentInputSchema,
    mutation: withdraw,
    toInput: (values) => ({ ...values, version: consent.version }),
  });
  const submit = form.submit(async (input) => {
    await withdraw.mutateAsync(input);
    onDone();
  });
  const headingId = `consent-withdraw-${consent.id}`;
  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="xs" mt="sm">
        <Text id={headingId} size="sm" fw={600}>
          {t("support.participants.consents.withdrawTitle", { purpose: consent.purpose })}
        </Text>
        {isApiError(withdraw.error) && withdraw.error.code === "STALE_UPDATE" ? (
          <Alert color="orange" role="alert">
            <Text size="sm">{withdraw.error.message}</Text>
          </Alert>
        ) : (
          <MutationError error={withdraw.error} />
        )}
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t("support.participants.consents.withdrawDate")}
            required
            min={consent.givenOn}
            max={todayInJapan()}
            ref={dateRef}
            {...form.getInputProps("withdrawnOn")}
          />
          <Button type="submit" color="orange" loading={withdraw.isPending}>
            {t("support.participants.consents.withdrawSubmit")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Consents per purpose and receiving agency: recorded, and withdrawn with a date. */
export function ConsentsSection({ participant, canWrite }: { participant: Participant; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="consents-heading">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4" id="consents-heading">
          {t("support.participants.consents.title")}
        </Title>
        {canWrite && !adding ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setNotice("");
              setAdding(true);
            }}
          >
            {t("support.participants.consents.add")}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t("support.participants.consents.lead")}
      </Text>
      <Text size="sm" role="status" c="dark" mb={notice ? "sm" : 0}>
        {notice ? (
          <>
            <IconCircleCheck size={14} aria-hidden style={{ verticalAlign: "-2px" }} /> {notice}
          </>
        ) : null}
      </Text>
      {adding ? (
        <AddConsentForm
          participantId={participant.id}
          onDone={() => {
            setAdding(false);
            setNotice(t("support.participants.consents.added"));
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {participant.consents.length === 0 ? (
        <Text size="sm" mt="sm">
          {t("support.participants.consents.empty")}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          mt="sm"
          style={{ listStyle: "none" }}
          aria-label={t("support.participants.consents.tableCaption")}
        >
          {participant.consents.map((consent) => (
            <Paper component="li" key={consent.id} withBorder p="sm" radius="md">
              <Group justify="space-between" align="flex-start" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                    {consent.purpose}
                  </Text>
                  {consent.agency ? (
                    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                      {t("support.participants.consents.agency")}: {consent.agency}
                    </Text>
                  ) : null}
                  <Text size="sm" c="dimmed">
                    {t("support.participants.consents.givenOn")}: {formatDate(consent.givenOn, i18n.language)}{" "}
                    ・ {t(`support.participants.consents.methods.${consent.method}`)}
                  </Text>
                  {consent.notes ? (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {consent.notes}
                    </Text>
                  ) : null}
                </div>
                <Group gap="xs">
                  {consent.withdrawnOn ? (
                    <Badge
                      color="gray"
                      c="dark"
                      variant="light"
                      radius="sm"
                      style={{ textTransform: "none" }}
                    >
                      {t("support.participants.consents.withdrawnOn", {
                        date: formatDate(consent.withdrawnOn, i18n.language),
                      })}
                    </Badge>
                  ) : (
                    <Badge
                      color="green"
                      c="dark"
                      variant="light"
                      radius="sm"
                      style={{ textTransform: "none" }}
                    >
                      {t("support.participants.consents.active")}
                    </Badge>
                  )}
                  {canWrite && !consent.withdrawnOn && withdrawing !== consent.id ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="orange"
                      onClick={() => {
                        setNotice("");
                        setWithdrawing(consent.id);
                      }}
                      aria-label={`${t("support.participants.consents.withdraw")}: ${consent.purpose}`}
                    >
                      {t("support.participants.consents.withdraw")}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              {withdrawing === consent.id ? (
                <WithdrawConsentForm
                  participantId={participant.id}
                  consent={consent}
                  onDone={() => {
                    setWithdrawing(null);
                    setNotice(t("support.participants.consents.withdrawn"));
                  }}
                  onCancel={() => setWithdrawing(null)}
                />
              ) : null}
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
