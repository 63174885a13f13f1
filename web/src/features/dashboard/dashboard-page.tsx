import { SimpleGrid, Table, Text } from "@mantine/core";
import { roles } from "@otagai/shared/platform/permissions";
import {
  IconActivity,
  IconBriefcase,
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

function BigNumber({ value }: { value: string }) {
  return (
    <Text fz={32} fw={700} lh={1.2} data-testid="stat-value">
      {value}
    </Text>
  );
}

export function DashboardPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const dashboard = useDashboard();
  const lang = i18n.language;

  return (
    <>
      <PageHeader title={t("dashboard.title")} lead={t("dashboard.welcome", { name: user.displayName })} />
      {dashboard.isPending ? <LoadingState /> : null}
      {dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {dashboard.data ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
          <StatCard label={t("dashboard.activeUsers")} icon={<IconUsers size={20} />}>
            <BigNumber value={formatNumber(dashboard.data.activeUsers, lang)} />
          </StatCard>
          <StatCard label={t("dashboard.programs")} icon={<IconBriefcase size={20} />}>
            <BigNumber value={formatNumber(dashboard.data.programs, lang)} />
          </StatCard>
          <StatCard label={t("dashboard.activeSessions")} icon={<IconActivity size={20} />}>
            <BigNumber value={formatNumber(dashboard.data.activeSessions, lang)} />
          </StatCard>
          <StatCard label={t("dashboard.auditEventsToday")} icon={<IconHistory size={20} />}>
            <BigNumber value={formatNumber(dashboard.data.auditEventsToday, lang)} />
          </StatCard>
          <StatCard label={t("dashboard.lastLogin")} icon={<IconLogin size={20} />}>
            <Text fw={600} fz="lg">
              {dashboard.data.lastLoginAt
                ? formatDateTime(dashboard.data.lastLoginAt, lang)
                : t("dashboard.firstLogin")}
            </Text>
          </StatCard>
          <StatCard label={t("dashboard.usersByRole")} icon={<IconUsersGroup size={20} />}>
            <Table withRowBorders={false} verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {roles.map((role) => {
                  const count = dashboard.data.usersByRole.find((row) => row.role === role)?.count ?? 0;
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
        </SimpleGrid>
      ) : null}
    </>
  );
}
