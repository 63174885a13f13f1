import { Badge, Group, Paper, Text } from "@mantine/core";
import type { AreaKey } from "@otagai/shared/platform/areas";
import { IconTools } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./page-header";

/** An area that is not built yet: says so plainly, with what it will do. */
export function ComingPage({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`areas.${area}.title`)} />
      <Paper withBorder p="lg" maw={720}>
        <Group gap="sm" mb="sm">
          <IconTools aria-hidden size={20} />
          <Badge variant="light" color="gray" c="dark">
            {t("coming.badge")}
          </Badge>
        </Group>
        <Text mb="sm">{t(`areas.${area}.description`)}</Text>
        <Text size="sm" c="dimmed">
          {t("coming.note")}
        </Text>
      </Paper>
    </>
  );
}
