import { Alert, Badge, Group, Loader, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { DuplicateCheckResult } from "@otagai/shared/support/participants";
import { IconAlertTriangle, IconCircleCheck, IconExternalLink } from "@tabler/icons-react";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";
import { formatDate, fullKana, fullName } from "../participant-format";

interface DuplicateMatchesProps {
  /** Nothing typed yet that a duplicate could be found by. */
  idle: boolean;
  checking: boolean;
  failed: boolean;
  result: DuplicateCheckResult | undefined;
  reasonInput: GetInputPropsReturnType;
  reasonRef: Ref<HTMLTextAreaElement>;
}

/** Whether saving needs a reason: some likely duplicate was found, shown or not. */
export function hasLikelyDuplicates(result: DuplicateCheckResult | undefined): boolean {
  return !!result && (result.matches.length > 0 || result.hiddenMatches > 0);
}

/**
 * The likely duplicates of what is typed so far, each with why it looks alike and a link to open
 * it (in a new tab, so the form stays as it is); when there are any, the reason to register anyway.
 */
export function DuplicateMatches({
  idle,
  checking,
  failed,
  result,
  reasonInput,
  reasonRef,
}: DuplicateMatchesProps) {
  const { t, i18n } = useTranslation();
  const found = hasLikelyDuplicates(result);
  const matches = result?.matches ?? [];

  return (
    <section aria-labelledby="duplicate-check-heading">
      <Title order={2} size="h5" id="duplicate-check-heading" mb="xs">
        {t("support.participants.duplicates.heading")}
      </Title>
      <div role="status" aria-live="polite">
        {checking ? (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t("support.participants.duplicates.checking")}</Text>
          </Group>
        ) : failed ? (
          <Text size="sm" c="dimmed">
            {t("support.participants.duplicates.failed")}
          </Text>
        ) : !idle && result && !found ? (
          <Group gap="xs">
            <IconCircleCheck size={16} aria-hidden />
            <Text size="sm">{t("support.participants.duplicates.none")}</Text>
          </Group>
        ) : null}
        {found && !checking ? (
          <Text size="sm" fw={700} c="dark">
            {t("support.participants.duplicates.title", {
              count: matches.length + (result?.hiddenMatches ?? 0),
            })}
          </Text>
        ) : null}
      </div>
      {found ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} mt="xs" p="sm">
          <Stack gap="sm">
            {matches.length > 0 ? <Text size="sm">{t("support.participants.duplicates.lead")}</Text> : null}
            {matches.length > 0 ? (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
                {matches.map((match) => (
                  <Paper component="li" key={match.participant.id} withBorder p="xs" radius="sm">
                    <AnchorLink
                      to="/support/participants/$id"
                      params={{ id: match.participant.id }}
                      search={{}}
                      target="_blank"
                      rel="noopener"
                      fw={600}
                      aria-label={t("support.participants.duplicates.open", {
                        name: fullName(match.participant),
                      })}
                      style={{ display: "inline-flex", alignItems: "center", gap: 4 }}
                    >
                      {fullName(match.participant)}
                      <IconExternalLink size={14} aria-hidden />
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {fullKana(match.participant)}
                      {match.participant.birthDate
                        ? ` ・ ${formatDate(match.participant.birthDate, i18n.language)}`
                        : ""}
                    </Text>
                    <Group gap={4} mt={4}>
                      {match.reasons.map((reason) => (
                        <Badge
                          key={reason}
                          color="orange"
                          c="dark"
                          variant="light"
                          radius="sm"
                          style={{ textTransform: "none" }}
                        >
                          {t(`support.participants.duplicates.reasons.${reason}`)}
                        </Badge>
                      ))}
                      <Text size="xs" c="dimmed">
                        {t("support.participants.duplicates.score", { score: Math.round(match.score * 100) })}
                      </Text>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            ) : null}
            {result && result.hiddenMatches > 0 ? (
              <Text size="sm">
                {t("support.participants.duplicates.hidden", { count: result.hiddenMatches })}
              </Text>
            ) : null}
            <Textarea
              ref={reasonRef}
              label={t("support.participants.duplicates.reasonLabel")}
              description={t("support.participants.duplicates.reasonHelp")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              required
              autosize
              minRows={2}
              maxRows={6}
              {...reasonInput}
            />
          </Stack>
        </Alert>
      ) : null}
    </section>
  );
}
