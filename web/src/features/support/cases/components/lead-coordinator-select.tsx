import { Select, Stack } from "@mantine/core";
import type { Case } from "@otagai/shared/support/cases";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { useCaseLeadOptions } from "../api/find-case-leads";
import { caseQueryOptions } from "../api/get-case";
import { useUpdateCase } from "../api/update-case";
import { StepError } from "./step-error";

/**
 * The case's lead coordinator, changed in place by those who work on cases: the options are who
 * may lead a case of its program; the change is saved at once, checked against the case's version.
 */
export function LeadCoordinatorSelect({ record }: { record: Case }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const update = useUpdateCase(record.id);
  const meLabel = (name: string) => t("support.participants.me", { name });
  const leads = useCaseLeadOptions(record.programId, me, meLabel);
  // The current lead stays shown (and choosable) while the options load, and when they could no
  // longer be picked anew (left the program).
  const currentName = record.leadCoordinatorName ?? "";
  const options =
    record.leadCoordinatorId && !leads.options.some((option) => option.value === record.leadCoordinatorId)
      ? [
          {
            value: record.leadCoordinatorId,
            label: record.leadCoordinatorId === me.id ? meLabel(currentName) : currentName,
          },
          ...leads.options,
        ]
      : leads.options;
  return (
    <Stack gap={4}>
      {/* Inside the header's list, under its term: the term names it for a screen reader too. */}
      <Select
        aria-label={t("support.cases.fields.leadCoordinator")}
        size="xs"
        data={options}
        value={record.leadCoordinatorId}
        placeholder={t("support.participants.cases.leadCoordinatorNone")}
        clearable
        searchable
        nothingFoundMessage={t("common.noResults")}
        disabled={leads.isPending || update.isPending}
        onChange={(leadCoordinatorId) => {
          if (leadCoordinatorId === record.leadCoordinatorId) return;
          update.mutate({ leadCoordinatorId, version: record.version });
        }}
      />
      {update.error ? (
        <StepError
          error={update.error}
          onReload={() => {
            update.reset();
            void queryClient.invalidateQueries({ queryKey: caseQueryOptions(record.id).queryKey });
          }}
        />
      ) : null}
    </Stack>
  );
}
