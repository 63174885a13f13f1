import { Stack } from "@mantine/core";
import {
  type UpdateWorkplaceInput,
  updateWorkplaceInputSchema,
  type Workplace,
} from "@otagai/shared/support/workplaces";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changedFieldValues, EditFormButtons, EditFormStatus } from "../../../../components/edit-form-parts";
import { useSchemaForm } from "../../../../components/use-form";
import { useUpdateWorkplace } from "../api/update-workplace";
import {
  type WorkplaceValues,
  workplaceFields,
  workplaceInputOf,
  workplaceValuesOf,
} from "../workplace-values";
import { WorkplaceFields } from "./workplace-fields";

interface WorkplaceEditFormProps {
  workplace: Workplace;
  onSaved: () => void;
  onCancel: () => void;
  /** Reads the latest record and opens the form again on it, with this person's changes kept. */
  onReload: (changes: Partial<WorkplaceValues>) => void;
  /** Changes typed before a reload, laid over the latest record. */
  pending?: Partial<WorkplaceValues>;
}

/**
 * Edits the workplace as it was when the form opened: that version goes with the save, so a save
 * over someone else's newer change is refused (409) instead of silently undoing it. Only changed
 * fields are sent, so the audit trail names exactly what this person changed.
 */
export function WorkplaceEditForm({
  workplace,
  onSaved,
  onCancel,
  onReload,
  pending,
}: WorkplaceEditFormProps) {
  const { t } = useTranslation();
  const [loaded] = useState(workplace);
  const update = useUpdateWorkplace(loaded.id);
  const form = useSchemaForm({
    initialValues: { ...workplaceValuesOf(loaded), ...pending },
    schema: updateWorkplaceInputSchema,
    mutation: update,
    draft: { formKey: "support.workplace-edit", recordKey: loaded.id, version: loaded.version },
    toInput: (values: WorkplaceValues) => {
      const input = workplaceInputOf(values);
      const before = workplaceInputOf(workplaceValuesOf(loaded));
      const changes: Record<string, unknown> = {
        ...changedFieldValues(workplaceFields, input, before),
        version: loaded.version,
      };
      // The schema checks the hours' order only when both are sent: the other end goes along.
      if ("hoursFrom" in changes || "hoursTo" in changes) {
        changes.hoursFrom = input.hoursFrom;
        changes.hoursTo = input.hoursTo;
      }
      return changes;
    },
  });

  const changedValues = () =>
    changedFieldValues(
      workplaceFields,
      form.getValues(),
      workplaceValuesOf(loaded),
    ) as Partial<WorkplaceValues>;

  const submit = form.submit(async (input: UpdateWorkplaceInput) => {
    await update.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <EditFormStatus
          error={update.error}
          reapplied={Boolean(pending && Object.keys(pending).length > 0)}
          labels={{
            staleTitle: t("support.workplaces.staleTitle"),
            reloadLatest: t("support.workplaces.reloadLatest"),
            staleReapplied: t("support.workplaces.staleReapplied"),
          }}
          onReload={() => {
            // The changes go on in the re-opened form; a draft of the older version would
            // offer to put the other person's fields back as they were.
            form.draft.drop();
            onReload(changedValues());
          }}
        />
        <WorkplaceFields form={form} identityFromMember={loaded.memberOrganizationId !== null} />
        <EditFormButtons
          saving={update.isPending}
          cancelLabel={t("support.workplaces.cancelEdit")}
          onCancel={() => {
            // Stopping on purpose: nothing to offer back next time.
            form.draft.drop();
            onCancel();
          }}
        />
      </Stack>
    </form>
  );
}
