import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { PortalPlacement } from "@otagai/shared/support/portal";
import { IconClipboardList } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../../components/page-header";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink, ButtonLink } from "../../../../components/router-links";
import { usePortalPlacements } from "../api/portal-placements";
import { PlacementDetail, PlacementDetails } from "../components/placement-detail";
import { PlacementStatusBadge } from "../components/placement-status-badge";
import { usePlacementFormat } from "../placement-format";

function TraineeCard({ placement }: { placement: PortalPlacement }) {
  const { t } = useTranslation();
  const format = usePlacementFormat();
  const p = "support.placements" as const;
  const headingId = `portal-placement-${placement.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={headingId} style={{ minWidth: 0, overflowWrap: "anywhere" }}>
          <AnchorLink to="/portal/placements/$id" params={{ id: placement.id }} inherit>
            {placement.participantName}
          </AnchorLink>
        </Title>
        <PlacementStatusBadge status={placement.status} />
      </Group>
      <PlacementDetails wide={2}>
        <PlacementDetail label={t(`${p}.fields.schedule`)} value={format.schedule(placement)} />
        <PlacementDetail label={t(`${p}.fields.period`)} value={format.period(placement)} />
      </PlacementDetails>
    </Paper>
  );
}

/**
 * The partner portal's start: the trainees placed at the partner's own workplace (the server
 * answers no other), each opening on its page; a way to enter a whole day's attendance at once.
 */
export function PortalHomePage(): JSX.Element {
  const { t } = useTranslation();
  const p = "support.placements.portal" as const;
  const placements = usePortalPlacements();
  const items = placements.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t(`${p}.title`)}
        lead={items[0]?.workplaceName}
        actions={
          <ButtonLink
            to="/portal/day-sheet"
            variant="light"
            leftSection={<IconClipboardList size={18} aria-hidden />}
          >
            {t(`${p}.daySheet`)}
          </ButtonLink>
        }
      />
      <Stack gap="md" maw={900}>
        <Text size="sm">{t(`${p}.lead`)}</Text>
        {placements.isPending ? <LoadingState /> : null}
        {placements.isError ? (
          <ErrorState error={placements.error} onRetry={() => void placements.refetch()} />
        ) : null}
        {placements.data && items.length === 0 ? <Text>{t(`${p}.none`)}</Text> : null}
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
              <TraineeCard key={placement.id} placement={placement} />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </>
  );
}
