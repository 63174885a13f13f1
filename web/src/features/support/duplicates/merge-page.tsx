import { Alert, Stack } from "@mantine/core";
import { mergePreviewParamsSchema } from "@otagai/shared/support/duplicates";
import { IconAlertCircle, IconArrowLeft } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useMergePreview } from "./api/merge-preview";
import { MergeForm } from "./components/merge-form";

const routeApi = getRouteApi("/_authenticated/support/duplicates/merge");

/** Two participants side by side (`?a=…&b=…`), then the merge. */
export function MergePage(): JSX.Element {
  const { t } = useTranslation();
  const { a = "", b = "" } = routeApi.useSearch();
  const valid = a !== b && mergePreviewParamsSchema.safeParse({ id: a, otherId: b }).success;
  const preview = useMergePreview(a, b, valid);
  const data = preview.data;
  const sides = data
    ? data.participant.participant.id === a
      ? { A: data.participant, B: data.other }
      : { A: data.other, B: data.participant }
    : undefined;

  return (
    <>
      <PageHeader title={t("support.duplicates.merge.title")} lead={t("support.duplicates.merge.lead")} />
      <Stack gap="lg" maw={1000}>
        <AnchorLink to="/support/duplicates" search={{}} size="sm">
          <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "middle" }} />{" "}
          {t("support.duplicates.merge.back")}
        </AnchorLink>
        {!valid ? (
          <Alert color="orange" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t("support.duplicates.merge.invalidPair")}
          </Alert>
        ) : null}
        {valid && preview.isPending ? <LoadingState /> : null}
        {preview.isError ? <ErrorState error={preview.error} onRetry={() => void preview.refetch()} /> : null}
        {data && sides ? (
          <MergeForm
            // A fresh form for fresh data (versions): the choices start again from the defaults.
            key={`${sides.A.participant.version} ${sides.B.participant.version}`}
            sides={sides}
            differingFields={data.differingFields}
            onReload={() => void preview.refetch()}
          />
        ) : null}
      </Stack>
    </>
  );
}
