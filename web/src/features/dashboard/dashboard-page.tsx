import { List, SimpleGrid, Table, Text } from "@mantine/core";
import { roles } from "@otagai/shared/platform/permissions";
import {
  IconActivity,
  IconBriefcase,
  IconClipboardList,
  IconHistory,
  IconLogin,
  IconUsers,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../app/session";
import { formatDateTime, formatNumber } from "../../components/format";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingState } from "../../components/query-state";
import { useDashboard } from "./api/get-dashboard";
import { StatCard } from "./components/stat-card";
import { TodayList } from "./components/today-list";

function BigNumber({ value }: { value: string }) {
  return (
    <Text fz={32} fw={700} lh={1.2} data-testid="stat-value">
      {value}
    </Text>
  );
}

/** What the signed-in person works on; the figures of other roles' work are not shown (or sent). */
export function DashboardPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const dashboard = useDashboard();
  const lang = i18n.language;
  const data = dashboard.data;

  return (
    <>
      <PageHeader title={t("dashboard.title")} lead={t("dashboard.welcome", { name: user.displayName })} />
      {dashboard.isPending ? <LoadingState /> : null}
      {dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      <TodayList />
      {data ? (
        <SimpleGrid mt="md" cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
          <StatCard label={t("dashboard.myPrograms")} icon={<IconClipboardList size={20} />}>
            {data.myPrograms.length > 0 ? (
              <List spacing={2} size="sm" data-testid="my-programs">
                {data.myPrograms.map((program) => (
                  <List.Item key={program.id}>{program.name}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{t("dashboard.noPrograms")}</Text>
            )}
          </StatCard>
          <StatCard label={t("dashboard.lastLogin")} icon={<IconLogin size={20} />}>
            <Text fw={600} fz="lg">
              {data.lastLoginAt ? formatDateTime(data.lastLoginAt, lang) : t("dashboard.firstLogin")}
            </Text>
          </StatCard>
          {data.people ? (
            <>
              <StatCard label={t("dashboard.activeUsers")} icon={<IconUsers size={20} />}>
                <BigNumber value={formatNumber(data.people.activeUsers, lang)} />
              </StatCard>
              <StatCard label={t("dashboard.programs")} icon={<IconBriefcase size={20} />}>
                <BigNumber value={formatNumber(data.people.activePrograms, lang)} />
              </StatCard>
              <StatCard label={t("dashboard.usersByRole")} icon={<IconUsersGroup size={20} />}>
                <Table withRowBorders={false} verticalSpacing={2} fz="sm">
                  <Table.Tbody>
                    {roles.map((role) => {
                      const count = data.people?.usersByRole.find((row) => row.role === role)?.count ?? 0;
                      return (
                        <Table.Tr key={role}>
                          <Table.Th scope="row" fw={400}>
                            {t(`roles.${role}`)}
                          </Table.Th>
                          <Table.Td ta="right">{t("dashboard.peopleCount", { count })}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </StatCard>
            </>
          ) : null}
          {data.system ? (
            <>
              <StatCard label={t("dashboard.activeSessions")} icon={<IconActivity size={20} />}>
                <BigNumber value={formatNumber(data.system.activeSessions, lang)} />
              </StatCard>
              <StatCard label={t("dashboard.auditEventsToday")} icon={<IconHistory size={20} />}>
                <BigNumber value={formatNumber(data.system.auditEventsToday, lang)} />
              </StatCard>
            </>
          ) : null}
        </SimpleGrid>
      ) : null}
    </>
  );
}
