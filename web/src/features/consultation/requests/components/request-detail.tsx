import { Alert, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import type { ConsultationRequest } from "@otagai/shared/consultation/requests";
import { IconCircleCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { useConsultationCategories } from "../../api/consultation-categories";
import { categoryLabel, formatConsultedAt } from "../../consultation-format";
import { useConvertRequest, useMarkRequestHandled } from "../api/consultation-requests";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <Text fw={600} w={180} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{children}</Text>
    </Group>
  );
}

/** The request turned into a consultation: the category (the topic's by default), then one click. */
function ConvertDialog({ request, onClose }: { request: ConsultationRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const categories = useConsultationCategories();
  const convert = useConvertRequest(request.id);
  const active = (categories.data?.items ?? []).filter((category) => category.active);
  const byTopic = active.find((category) => category.code === request.categoryCode);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const chosen = categoryId ?? byTopic?.id ?? null;
  function submit(event: FormEvent) {
    event.preventDefault();
    convert.mutate({ version: request.version, categoryId: chosen }, { onSuccess: onClose });
  }
  return (
    <Modal opened onClose={onClose} title={t("consultation.requests.convert.title")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t("consultation.requests.convert.lead")}</Text>
          <Select
            label={t("consultation.requests.convert.category")}
            data={active.map((category) => ({ value: category.id, label: categoryLabel(category, t) }))}
            value={chosen}
            onChange={setCategoryId}
            allowDeselect={false}
          />
          <MutationError error={convert.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("consultation.requests.convert.cancel")}
            </Button>
            <Button type="submit" loading={convert.isPending}>
              {t("consultation.requests.convert.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function HandledDialog({ request, onClose }: { request: ConsultationRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const markHandled = useMarkRequestHandled(request.id);
  const [note, setNote] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    markHandled.mutate({ version: request.version, note }, { onSuccess: onClose });
  }
  return (
    <Modal opened onClose={onClose} title={t("consultation.requests.handled.title")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t("consultation.requests.handled.note")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={3}
          />
          <MutationError error={markHandled.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("consultation.requests.handled.cancel")}
            </Button>
            <Button type="submit" loading={markHandled.isPending}>
              {t("consultation.requests.handled.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One request with its contact details (the view is audited), and what the desk does with it. */
export function RequestDetail({ request }: { request: ConsultationRequest }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<"convert" | "handled" | null>(null);
  const close = () => setDialog(null);
  const key = "consultation.requests";
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="request-detail-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="request-detail-title">
          {t(`${key}.detail.heading`)}：{request.name}
        </Title>
        {request.status === "converted" ? (
          <Alert color="green" icon={<IconCircleCheck size={18} aria-hidden />}>
            {t(`${key}.convert.done`)}{" "}
            {request.consultationId ? (
              <AnchorLink to="/consultation/consultations/$id" params={{ id: request.consultationId }}>
                {t(`${key}.detail.consultation`)}
              </AnchorLink>
            ) : null}
          </Alert>
        ) : null}
        {request.status === "handled" ? (
          <Alert color="gray" icon={<IconCircleCheck size={18} aria-hidden />}>
            {t(`${key}.handled.done`)}
          </Alert>
        ) : null}
        <Row label={t(`${key}.columns.receivedAt`)}>
          {formatConsultedAt(request.receivedAt, i18n.language)}
        </Row>
        <Row label={t(`${key}.detail.nameKana`)}>{request.nameKana}</Row>
        <Row label={t(`${key}.columns.topic`)}>{t(`${key}.topics.${request.topic}`)}</Row>
        <Row label={t(`${key}.columns.contactMethod`)}>
          {t(`${key}.contactMethods.${request.contactMethod}`)}
        </Row>
        {request.phone ? <Row label={t(`${key}.detail.phone`)}>{request.phone}</Row> : null}
        {request.email ? <Row label={t(`${key}.detail.email`)}>{request.email}</Row> : null}
        <Row label={t(`${key}.columns.preferredDates`)}>
          {request.preferredDates.length > 0 ? request.preferredDates.join("、") : t(`${key}.detail.noDates`)}
        </Row>
        <Row label={t(`${key}.detail.message`)}>{request.message || t(`${key}.detail.noMessage`)}</Row>
        <Row label={t(`${key}.detail.language`)}>{t(`${key}.languages.${request.language}`)}</Row>
        <Row label={t(`${key}.detail.privacyConsent`)}>{t(`${key}.detail.consented`)}</Row>
        {request.handledByName ? (
          <Row label={t(`${key}.detail.handledBy`)}>{request.handledByName}</Row>
        ) : null}
        {request.handledNote ? <Row label={t(`${key}.detail.handledNote`)}>{request.handledNote}</Row> : null}
        {request.status === "new" ? (
          <Group>
            <Button onClick={() => setDialog("convert")}>{t(`${key}.convert.action`)}</Button>
            <Button variant="default" onClick={() => setDialog("handled")}>
              {t(`${key}.handled.action`)}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {dialog === "convert" ? <ConvertDialog request={request} onClose={close} /> : null}
      {dialog === "handled" ? <HandledDialog request={request} onClose={close} /> : null}
    </Card>
  );
}
