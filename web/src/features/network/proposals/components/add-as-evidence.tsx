import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { AddEvidenceInput } from "@otagai/shared/network/proposals";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconSpeakerphone } from "@tabler/icons-react";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { type SearchResult, ServerSearchSelect } from "../../../../components/server-search-select";
import { useAddAsEvidence, useIssues } from "../api/proposals";

/** The newest issues whose title, observation or place hold what is typed (the server searches). */
function useIssueOptions(query: string): SearchResult {
  const { t } = useTranslation();
  const issues = useIssues({ q: query });
  return {
    options: (issues.data?.items ?? []).map((issue) => ({
      value: issue.id,
      label: t("policyEvidence.issueOption", { title: issue.title, noticedOn: issue.noticedOn }),
    })),
    isFetching: issues.isFetching,
  };
}

/** The record being read: a consultation at the desk or a support case. */
export type EvidenceRecord = { kind: "consultation" | "case"; id: string };

/**
 * 政策課題の根拠にする: where a consultation or a case is read, the person reading it links it to a
 * policy issue they choose. The issue shows it without personal details; only someone who may read
 * the record can link it (the server answers 404 otherwise).
 */
export function AddAsEvidenceButton({ record }: { record: EvidenceRecord }): JSX.Element | null {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [opened, setOpened] = useState(false);
  const [issueId, setIssueId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const add = useAddAsEvidence();
  if (!roleHas(me.role, "policyIssues.write") || !roleHas(me.role, "network.read")) return null;

  const input: AddEvidenceInput =
    record.kind === "consultation" ? { consultationId: record.id } : { caseId: record.id };
  const linked = add.data;
  function close() {
    setOpened(false);
    setIssueId(null);
    setMissing(false);
    add.reset();
  }
  async function save() {
    if (!issueId) {
      setMissing(true);
      return;
    }
    await add.mutateAsync({ issueId, input }).catch(() => undefined);
  }

  return (
    <>
      <Button
        variant="light"
        leftSection={<IconSpeakerphone size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t("policyEvidence.open")}
      </Button>
      <Modal opened={opened} onClose={close} title={t("policyEvidence.title")} centered>
        {linked ? (
          <Stack>
            <Alert color="teal" variant="light" role="status">
              {t("policyEvidence.added", { title: linked.title })}
            </Alert>
            <Group justify="space-between">
              <AnchorLink to="/network/policy-issues/$id" params={{ id: linked.id }}>
                {t("policyEvidence.openIssue")}
              </AnchorLink>
              <Button variant="default" onClick={close}>
                {t("common.close")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <Text size="sm">{t("policyEvidence.lead")}</Text>
            <ServerSearchSelect
              label={t("policyEvidence.issue")}
              placeholder={t("policyEvidence.issuePlaceholder")}
              required
              useOptions={useIssueOptions}
              searchingMessage={t("policyEvidence.searching")}
              nothingFoundMessage={t("policyEvidence.noIssue")}
              value={issueId}
              onChange={(value) => {
                setIssueId(value);
                setMissing(false);
              }}
              error={missing ? t("validation.required") : undefined}
            />
            <MutationError error={add.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button loading={add.isPending} onClick={() => void save()}>
                {t("policyEvidence.save")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
