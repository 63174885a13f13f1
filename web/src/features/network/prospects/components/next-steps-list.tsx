import { Badge, Group, List, Paper, Text, Title } from "@mantine/core";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { useProspectNextSteps } from "../api/prospects";

/** The open next steps due within 7 days or overdue, the caller's own first. */
export function NextStepsList({ today }: { today: string }): JSX.Element {
  const { t } = useTranslation();
  const steps = useProspectNextSteps();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prospect-next-steps">
      <Title order={2} size="h4" id="prospect-next-steps" mb="xs">
        {t("network.prospects.nextSteps.title")}
      </Title>
      {steps.isPending ? (
        <LoadingState />
      ) : steps.isError ? (
        <ErrorState error={steps.error} onRetry={() => void steps.refetch()} />
      ) : steps.data.items.length === 0 ? (
        <Text c="dimmed">{t("network.prospects.nextSteps.empty")}</Text>
      ) : (
        <List spacing={4}>
          {steps.data.items.map((item) => (
            <List.Item key={item.prospectId}>
              <Group gap="xs" wrap="wrap">
                <Text span>{item.on}</Text>
                {item.on < today ? (
                  <Badge color="red" variant="light" size="sm">
                    {t("network.prospects.nextSteps.overdue")}
                  </Badge>
                ) : null}
                <AnchorLink to="/network/prospects/$id" params={{ id: item.prospectId }}>
                  {item.name}
                </AnchorLink>
                <Text span>{item.step}</Text>
                <Text span c="dimmed" size="sm">
                  {item.mine
                    ? t("network.prospects.nextSteps.mine")
                    : (item.ownerName ?? t("network.prospects.noOwner"))}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
