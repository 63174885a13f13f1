import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Meeting, MeetingInput } from "@otagai/shared/network/meetings";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconDownload, IconPencil } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../../app/api/download-file";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { isMeetingId, useMeeting, useUpdateMeeting } from "./api/meetings";
import { ActionItems } from "./components/action-items";
import { AttendeeEditor } from "./components/attendee-editor";
import { MeetingForm } from "./components/meeting-form";

const routeApi = getRouteApi("/_authenticated/network/meetings/$id");

function TextSection({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text style={{ whiteSpace: "pre-wrap" }}>{text || "—"}</Text>
    </div>
  );
}

function Downloads({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const url = `/api/network/meetings/${encodeURIComponent(meeting.id)}/invitations`;
  const download = (kind: "pdf" | "xlsx") => {
    setError(null);
    downloadFile(`${url}.${kind}`, `invitations.${kind}`).catch(setError);
  };
  return (
    <>
      <Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => download("pdf")}
        >
          {t("network.meetings.downloads.pdf")}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => download("xlsx")}
        >
          {t("network.meetings.downloads.xlsx")}
        </Button>
      </Group>
      <MutationError error={error} />
    </>
  );
}

/** One meeting: its record, the invited and present, invitations to print or merge, and action items. */
export function MeetingPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const meeting = useMeeting(id);
  const update = useUpdateMeeting(id);
  const [editing, setEditing] = useState(false);
  const canWrite = roleHas(me.role, "meetings.write");
  const back = (
    <AnchorLink to="/network/meetings" search={{}} size="sm" display="inline-block" mb="sm">
      {t("network.meetings.title")}
    </AnchorLink>
  );

  if (!isMeetingId(id))
    return (
      <>
        {back}
        <Alert color="yellow">{t("network.meetings.notFound")}</Alert>
      </>
    );
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const record = meeting.data;

  async function save(input: MeetingInput) {
    await update.mutateAsync({ meeting: input, version: record.version });
    setEditing(false);
  }

  return (
    <>
      {back}
      <PageHeader
        title={record.title}
        lead={`${t(`network.meetings.kinds.${record.kind}`)}・${record.heldOn}${
          record.startsAt ? ` ${record.startsAt}〜${record.endsAt ?? ""}` : ""
        }${record.place ? `・${record.place}` : ""}`}
        actions={
          canWrite && !editing ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t("network.meetings.edit")}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {editing ? (
          <MeetingForm record={record} mutation={update} onSave={save} onCancel={() => setEditing(false)} />
        ) : (
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextSection label={t("network.meetings.fields.agenda")} text={record.agenda} />
              <TextSection label={t("network.meetings.fields.minutes")} text={record.minutes} />
              <TextSection label={t("network.meetings.fields.decisions")} text={record.decisions} />
            </SimpleGrid>
          </Card>
        )}
        <section aria-labelledby="meeting-attendees">
          <Title order={2} size="h3" id="meeting-attendees" mb="sm">
            {t("network.meetings.attendees.title")}
          </Title>
          <Stack gap="sm">
            <Downloads meeting={record} />
            <AttendeeEditor meeting={record} canWrite={canWrite} />
          </Stack>
        </section>
        <section aria-labelledby="meeting-action-items">
          <Title order={2} size="h3" id="meeting-action-items" mb="sm">
            {t("network.meetings.actionItems.title")}
          </Title>
          <ActionItems meeting={record} canWrite={canWrite} />
        </section>
      </Stack>
    </>
  );
}
