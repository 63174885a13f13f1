import { ActionIcon, Button, Group, List, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconLink, IconTrash } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../../app/form-errors";
import { MutationError } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import {
  useConsultationStartupResources,
  useLinkStartupResource,
  useUnlinkStartupResource,
} from "../api/consultation-startup-links";
import { useStartupResources } from "../api/startup-resources";
import { windowLabel } from "../startup-format";

/**
 * On a 起業相談 consultation's page: the grants and guides given, and (for the desk) linking another
 * from the directory or unlinking one.
 */
export function StartupLinksSection({
  consultationId,
  canWrite,
}: {
  consultationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const linked = useConsultationStartupResources(consultationId);
  const directory = useStartupResources({});
  const link = useLinkStartupResource(consultationId);
  const unlink = useUnlinkStartupResource(consultationId);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = linked.data?.items ?? [];
  const linkedIds = new Set(items.map((item) => item.id));
  const options = (directory.data?.items ?? [])
    .filter((resource) => !linkedIds.has(resource.id))
    .map((resource) => ({
      value: resource.id,
      label: `${resource.title}（${t(`consultation.startup.kinds.${resource.kind}`)}）`,
    }));
  const fieldError = serverFieldErrors(link.error, t).resourceId;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    try {
      await link.mutateAsync(chosen);
      setChosen(null);
    } catch {
      // Shown under the choice (a field error) or below it.
    }
  }

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="startup-links-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5" id="startup-links-heading">
            {t("consultation.startup.linked.heading")}
          </Title>
          <AnchorLink to="/consultation/startup" size="sm">
            {t("consultation.startup.linked.directory")}
          </AnchorLink>
        </Group>
        <Text size="sm" c="dimmed">
          {t("consultation.startup.linked.lead")}
        </Text>
        {linked.data && items.length === 0 ? (
          <Text size="sm">{t("consultation.startup.linked.empty")}</Text>
        ) : null}
        {items.length > 0 ? (
          <List listStyleType="none" spacing="xs" p={0}>
            {items.map((item) => (
              <List.Item key={item.id}>
                <Group gap="sm" wrap="nowrap">
                  <div>
                    <AnchorLink to="/consultation/startup/$id" params={{ id: item.id }} fw={600}>
                      {item.title}
                    </AnchorLink>
                    <Text size="sm" c="dimmed">
                      {[t(`consultation.startup.kinds.${item.kind}`), windowLabel(item, t), item.amount]
                        .filter((part) => part !== "")
                        .join("・")}
                    </Text>
                  </div>
                  {canWrite ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("consultation.startup.linked.removeLabel", { title: item.title })}
                      loading={unlink.isPending && unlink.variables === item.id}
                      onClick={() => unlink.mutate(item.id)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
        <MutationError error={unlink.error} />
        {canWrite ? (
          <form onSubmit={(event) => void submit(event)}>
            <Group align="flex-start" gap="sm">
              <Select
                label={t("consultation.startup.linked.choose")}
                placeholder={t("consultation.startup.linked.choosePlaceholder")}
                searchable
                clearable
                data={options}
                value={chosen}
                onChange={(value) => {
                  setChosen(value);
                  link.reset();
                }}
                error={fieldError}
                w={420}
              />
              <Button
                type="submit"
                mt={25}
                leftSection={<IconLink size={16} aria-hidden />}
                loading={link.isPending}
                disabled={!chosen}
              >
                {t("consultation.startup.linked.add")}
              </Button>
            </Group>
            {fieldError ? null : <MutationError error={link.error} />}
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
