import "@mantine/charts/styles.css";
import { Alert, Button, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { Figures } from "@otagai/shared/consultation/figures";
import { toWareki } from "@otagai/shared/japanese/era";
import { IconDownload } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { formatNumber } from "../../../components/format";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { type FiguresSearch, useDownloadFigures, useFigures } from "./api/get-figures";
import { ConsultationCharts } from "./components/consultation-charts";
import { DeskCharts } from "./components/desk-charts";
import { PeriodPicker } from "./components/period-picker";

const routeApi = getRouteApi("/_authenticated/consultation/figures");

function Summary({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const items: {
    key: "consultations" | "minutes" | "referrals" | "appointmentsKept" | "appointmentsMissed";
    value: number;
    note?: string;
  }[] = [
    { key: "consultations", value: figures.consultations.total },
    {
      key: "minutes",
      value: figures.consultations.minutes.total,
      note: t("consultation.figures.summary.minutesRecorded", {
        count: figures.consultations.minutes.recorded,
      }),
    },
    { key: "referrals", value: figures.referrals.total },
    { key: "appointmentsKept", value: figures.appointments.totals.kept },
    { key: "appointmentsMissed", value: figures.appointments.totals.missed },
  ];
  return (
    <section aria-labelledby="figures-summary" style={{ marginBottom: "var(--mantine-spacing-xl)" }}>
      <Title order={2} size="h3" id="figures-summary" mb="sm">
        {t("consultation.figures.summary.heading")}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" m={0}>
        {items.map((item) => (
          <Paper key={item.key} withBorder p="sm">
            <Text component="dt" size="sm" c="dimmed">
              {t(`consultation.figures.summary.${item.key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} fz="xl">
              {formatNumber(item.value, i18n.language)}
            </Text>
            {item.note ? (
              <Text component="dd" m={0} size="xs" c="dimmed">
                {item.note}
              </Text>
            ) : null}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

/** The desk's figures for a period (the fiscal year by default), with charts, tables and Excel. */
export function FiguresPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const figures = useFigures(search);
  const download = useDownloadFigures();
  const errors = serverFieldErrors(figures.error, t);
  const refused = Object.keys(errors).length > 0;
  const period = figures.data?.period;

  function change(next: FiguresSearch) {
    download.reset();
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t("consultation.figures.title")}
        lead={t("consultation.figures.lead")}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={download.isPending}
            disabled={!figures.data || refused}
            onClick={() => download.mutate(search)}
          >
            {t("consultation.figures.download")}
          </Button>
        }
      />
      {download.isError ? (
        <Alert color="red" role="alert" mb="md" title={t("consultation.figures.downloadFailed")}>
          {download.error.message}
        </Alert>
      ) : null}
      <PeriodPicker value={search} shown={period} onChange={change} errors={errors} />
      {figures.isPending ? <LoadingState /> : null}
      {figures.isError && !refused ? (
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      ) : null}
      {figures.data && !refused ? (
        <>
          <Text mb="md" aria-live="polite">
            {t("consultation.figures.period.shown", {
              from: figures.data.period.from,
              to: figures.data.period.to,
              wareki: `${toWareki(figures.data.period.from) ?? ""}〜${toWareki(figures.data.period.to) ?? ""}`,
            })}
          </Text>
          <Summary figures={figures.data} />
          <ConsultationCharts figures={figures.data.consultations} />
          <DeskCharts referrals={figures.data.referrals} appointments={figures.data.appointments} />
        </>
      ) : null}
    </>
  );
}
