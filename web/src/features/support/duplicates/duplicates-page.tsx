import { Stack } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { PairList } from "./components/pair-list";
import { SweepPanel } from "./components/sweep-panel";

const routeApi = getRouteApi("/_authenticated/support/duplicates");

/** The duplicate finder (managers): run a sweep, then go through its pairs best first. */
export function DuplicatesPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <>
      <PageHeader title={t("support.duplicates.title")} lead={t("support.duplicates.lead")} />
      <Stack gap="xl" maw={1100}>
        <SweepPanel />
        <PairList
          page={search.page ?? 1}
          onPage={(page) => void navigate({ search: { page: page > 1 ? page : undefined } })}
        />
      </Stack>
    </>
  );
}
