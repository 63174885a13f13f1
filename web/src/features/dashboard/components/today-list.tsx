import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { Today, TodayItem } from "@otagai/shared/today/schemas";
import { IconChecklist } from "@tabler/icons-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useToday } from "../api/get-today";

// Text on white at 4.5:1 or more (red-9; the theme's dimmed grey); "due" stands out by weight.
const severityColor: Record<TodayItem["severity"], string | undefined> = {
  overdue: "red.9",
  due: undefined,
  upcoming: "dimmed",
};

function formatDay(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00+09:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    month: "short",
    day: "numeric",
    weekday: "short",
  }).format(date);
}

/** A date among an item's params ("until": "2026-09-30") as the reader writes one: "2026年9月30日". */
function formatParams(params: TodayItem["params"], locale: string): TodayItem["params"] {
  const longDay = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "long",
    day: "numeric",
  });
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+09:00`) : null;
      return [name, date && !Number.isNaN(date.getTime()) ? longDay.format(date) : value];
    }),
  );
}

function TodayEntry({ item }: { item: TodayItem }) {
  const { t, i18n } = useTranslation();
  // The kinds' strings are data: each area adds its own under dashboard.today.kinds.
  const params = formatParams(item.params, i18n.language);
  const line = String(t(`dashboard.today.kinds.${item.kind}.item` as never, params as never));
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <AnchorLink to={item.link as never}>{line}</AnchorLink>
        {item.mine ? (
          <Badge variant="light" size="sm">
            {t("dashboard.today.mine")}
          </Badge>
        ) : null}
        {item.dueOn ? (
          <Text span size="sm" c={severityColor[item.severity]} fw={item.severity === "upcoming" ? 400 : 600}>
            {t("dashboard.today.dueOn", { date: formatDay(item.dueOn, i18n.language) })}
            {item.severity !== "upcoming" ? ` · ${t(`dashboard.today.severity.${item.severity}`)}` : ""}
          </Text>
        ) : null}
      </Group>
    </List.Item>
  );
}

function TodayGroup({ group }: { group: Today["groups"][number] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb={4}>
        {String(t(`dashboard.today.kinds.${group.kind}.title` as never))}{" "}
        <Text span size="sm" c="dimmed" fw={400}>
          {t("dashboard.today.count", { count: group.items.length })}
        </Text>
      </Title>
      <List spacing={4} size="sm" listStyleType="none" withPadding={false}>
        {group.items.map((item) => (
          // Several items may link to one record (a meeting's action items): the params tell them apart.
          <TodayEntry key={`${item.link}|${JSON.stringify(item.params)}`} item={item} />
        ))}
      </List>
      {group.more ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t("dashboard.today.more")}
        </Text>
      ) : null}
    </section>
  );
}

/** "今日やること": what every area's provider says the person should do today, grouped by kind. */
export function TodayList() {
  const { t } = useTranslation();
  const today = useToday();
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId} data-testid="today">
      <Group gap="xs" mb="sm">
        <IconChecklist size={20} aria-hidden />
        <Title order={2} size="h4" id={headingId}>
          {t("dashboard.today.title")}
        </Title>
      </Group>
      {today.isPending ? <LoadingState /> : null}
      {today.isError ? (
        <Alert color="red" role="alert">
          {t("dashboard.today.loadFailed")}
        </Alert>
      ) : null}
      {today.data && today.data.groups.length === 0 ? (
        <Text size="sm">{t("dashboard.today.empty")}</Text>
      ) : null}
      {today.data && today.data.groups.length > 0 ? (
        <Stack gap="md">
          {today.data.groups.map((group) => (
            <TodayGroup key={group.kind} group={group} />
          ))}
        </Stack>
      ) : null}
    </Paper>
  );
}
