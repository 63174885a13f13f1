import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Placement } from "@otagai/shared/support/placements";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { FormModal } from "../../components/form-modal";
import { RecordSection } from "../../components/record-section";
import { useCasePlacements } from "../api/placements";
import { usePlacementFormat } from "../placement-format";
import { PlacementDetail, PlacementDetails } from "./placement-detail";
import { PlacementCreateForm } from "./placement-forms";
import { PlacementStatusBadge } from "./placement-status-badge";

function PlacementCard({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const format = usePlacementFormat();
  const p = "support.placements" as const;
  const headingId = `placement-${placement.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: "anywhere" }}>
            {placement.workplaceName}
          </Title>
          <Text size="sm">{t(`${p}.employmentTypes.${placement.employmentType}`)}</Text>
        </div>
        <PlacementStatusBadge status={placement.status} />
      </Group>
      <PlacementDetails>
        <PlacementDetail label={t(`${p}.fields.period`)} value={format.period(placement)} />
        <PlacementDetail label={t(`${p}.fields.termCount`)} value={format.terms(placement)} />
        <PlacementDetail label={t(`${p}.fields.schedule`)} value={format.schedule(placement)} />
      </PlacementDetails>
      <AnchorLink
        to="/support/placements/$id"
        params={{ id: placement.id }}
        size="sm"
        mt="sm"
        display="inline-block"
        aria-label={t(`${p}.openOf`, { workplace: placement.workplaceName })}
      >
        {t(`${p}.open`)}
      </AnchorLink>
    </Paper>
  );
}

/**
 * 就労体験実習 on the case page: the case's placements, the latest start first; registered in a
 * dialog by those with cases.write, then opened on their own page.
 */
export function PlacementsSection({
  caseId,
  programId,
  canWrite,
}: {
  caseId: string;
  programId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const p = "support.placements" as const;
  const placements = useCasePlacements(caseId);
  const [adding, setAdding] = useState(false);
  const items = placements.data?.items ?? [];
  return (
    <RecordSection
      headingId="case-placements-heading"
      title={t(`${p}.title`)}
      lead={t(`${p}.lead`)}
      addLabel={canWrite ? t(`${p}.add`) : undefined}
      onAdd={() => setAdding(true)}
    >
      {placements.isPending ? <LoadingState /> : null}
      {placements.isError ? (
        <ErrorState error={placements.error} onRetry={() => void placements.refetch()} />
      ) : null}
      {placements.data && items.length === 0 ? <Text size="sm">{t(`${p}.none`)}</Text> : null}
      {items.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          aria-label={t(`${p}.listLabel`)}
          style={{ listStyle: "none" }}
        >
          {items.map((placement) => (
            <PlacementCard key={placement.id} placement={placement} />
          ))}
        </Stack>
      ) : null}
      {canWrite ? (
        <FormModal opened={adding} title={t(`${p}.addTitle`)} onClose={() => setAdding(false)}>
          <PlacementCreateForm
            caseId={caseId}
            programId={programId}
            onCreated={(placement) => {
              setAdding(false);
              void navigate({
                to: "/support/placements/$id",
                params: { id: placement.id },
                search: { created: true },
              });
            }}
            onCancel={() => setAdding(false)}
          />
        </FormModal>
      ) : null}
    </RecordSection>
  );
}
