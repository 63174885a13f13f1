import { Group, Select, Table, TextInput, Title } from "@mantine/core";
import { meetingKinds } from "@otagai/shared/network/meetings";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NetworkNav } from "../components/network-nav";
import { type MeetingSearch, meetingsPageSize, useMeetings } from "./api/meetings";
import { MyActionItems } from "./components/my-action-items";

const routeApi = getRouteApi("/_authenticated/network/meetings");

/** Meetings, newest first, with their filters in the address; the caller's open action items below. */
export function MeetingsPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const meetings = useMeetings(search);
  const [words, setWords] = useState(search.q ?? "");
  const canWrite = roleHas(me.role, "meetings.write");
  const change = (next: MeetingSearch) => void navigate({ search: next });
  const thisYear = new Date().getFullYear();

  useEffect(() => {
    const timer = setTimeout(() => {
      if ((search.q ?? "") !== words) change({ ...search, q: words || undefined, page: undefined });
    }, 300);
    return () => clearTimeout(timer);
  });

  return (
    <>
      <NetworkNav current="meetings" />
      <PageHeader
        title={t("network.meetings.title")}
        lead={t("network.meetings.lead")}
        actions={
          canWrite ? (
            <ButtonLink to="/network/meetings/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t("network.meetings.newMeeting")}
            </ButtonLink>
          ) : null
        }
      />
      <Group align="end" mb="md">
        <TextInput
          label={t("network.meetings.filters.q")}
          value={words}
          onChange={(event) => setWords(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t("network.meetings.filters.kind")}
          placeholder={t("network.meetings.filters.all")}
          clearable
          data={meetingKinds.map((kind) => ({ value: kind, label: t(`network.meetings.kinds.${kind}`) }))}
          value={search.kind ?? null}
          onChange={(value) =>
            change({ ...search, kind: (value as MeetingSearch["kind"]) ?? undefined, page: undefined })
          }
        />
        <Select
          label={t("network.meetings.filters.year")}
          placeholder={t("network.meetings.filters.all")}
          clearable
          w={120}
          data={Array.from({ length: 8 }, (_, index) => String(thisYear + 1 - index))}
          value={search.year ? String(search.year) : null}
          onChange={(value) =>
            change({ ...search, year: value ? Number(value) : undefined, page: undefined })
          }
        />
      </Group>
      {meetings.isPending ? <LoadingState /> : null}
      {meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : null}
      {meetings.data ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {(["heldOn", "title", "kind", "place", "attendance", "openItems"] as const).map((key) => (
                    <Table.Th key={key} scope="col">
                      {t(`network.meetings.columns.${key}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meetings.data.items.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t("network.meetings.empty")}</Table.Td>
                  </Table.Tr>
                ) : null}
                {meetings.data.items.map((meeting) => (
                  <Table.Tr key={meeting.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {meeting.heldOn}
                      {meeting.startsAt ? ` ${meeting.startsAt}` : ""}
                    </Table.Td>
                    <Table.Td>
                      <AnchorLink to="/network/meetings/$id" params={{ id: meeting.id }} fw={600}>
                        {meeting.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{t(`network.meetings.kinds.${meeting.kind}`)}</Table.Td>
                    <Table.Td>{meeting.place}</Table.Td>
                    <Table.Td>
                      {meeting.presentCount} / {meeting.invitedCount}
                    </Table.Td>
                    <Table.Td>{meeting.openActionItems}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar
            page={meetings.data.page}
            pageSize={meetings.data.pageSize || meetingsPageSize}
            total={meetings.data.total}
            totalCapped={meetings.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t("network.meetings.actionItems.mine")}
      </Title>
      <MyActionItems />
    </>
  );
}
