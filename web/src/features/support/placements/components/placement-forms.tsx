import { Stack } from "@mantine/core";
import {
  type Placement,
  placementInputSchema,
  updatePlacementInputSchema,
} from "@otagai/shared/support/placements";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changedFieldValues, EditFormButtons, EditFormStatus } from "../../../../components/edit-form-parts";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { DialogButtons } from "../../components/dialog-buttons";
import { useCreatePlacement, useUpdatePlacement } from "../api/placements";
import {
  emptyPlacement,
  type PlacementValues,
  placementFields,
  placementInputOf,
  placementValuesOf,
} from "../placement-values";
import { PlacementFields } from "./placement-fields";
import { PlacementProblems, unplacedMessages } from "./placement-problems";

/** A new placement of the case (in its dialog); the server's rules answer at the field they concern. */
export function PlacementCreateForm({
  caseId,
  programId,
  onCreated,
  onCancel,
}: {
  caseId: string;
  programId: string;
  onCreated: (placement: Placement) => void;
  onCancel: () => void;
}) {
  const create = useCreatePlacement(caseId);
  const form = useSchemaForm({
    initialValues: emptyPlacement,
    schema: placementInputSchema,
    mutation: create,
    toInput: placementInputOf,
  });
  const submit = form.submit(async (input) => onCreated(await create.mutateAsync(input)));
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <PlacementFields form={form} programId={programId} />
        {unplacedMessages(create.error).length > 0 ? (
          <PlacementProblems error={create.error} />
        ) : (
          <MutationError error={create.error} />
        )}
        <DialogButtons pending={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * Edits the placement as it was when the form opened (its version goes with the save): the whole
 * placement is sent, since the server checks its rules (overlaps, terms) on the whole of it.
 */
export function PlacementEditForm({
  placement,
  programId,
  onSaved,
  onCancel,
  onReload,
  pending,
}: {
  placement: Placement;
  programId: string;
  onSaved: () => void;
  onCancel: () => void;
  onReload: (changes: Partial<PlacementValues>) => void;
  pending?: Partial<PlacementValues>;
}) {
  const { t } = useTranslation();
  const p = "support.placements" as const;
  const [loaded] = useState(placement);
  const update = useUpdatePlacement(loaded.id);
  const form = useSchemaForm({
    initialValues: { ...placementValuesOf(loaded), ...pending },
    schema: updatePlacementInputSchema,
    mutation: update,
    toInput: (values: PlacementValues) => ({ ...placementInputOf(values), version: loaded.version }),
  });
  const submit = form.submit(async (input) => {
    await update.mutateAsync(input);
    onSaved();
  });
  const unplaced = unplacedMessages(update.error).length > 0;
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <EditFormStatus
          error={unplaced ? null : update.error}
          reapplied={Boolean(pending && Object.keys(pending).length > 0)}
          labels={{
            staleTitle: t(`${p}.staleTitle`),
            reloadLatest: t(`${p}.reloadLatest`),
            staleReapplied: t(`${p}.staleReapplied`),
          }}
          onReload={() =>
            onReload(changedFieldValues(placementFields, form.getValues(), placementValuesOf(loaded)))
          }
        />
        <PlacementFields
          form={form}
          programId={programId}
          keptWorkplace={{ value: loaded.workplaceId, label: loaded.workplaceName }}
          keptCoordinator={
            loaded.coordinatorId ? { value: loaded.coordinatorId, label: loaded.coordinatorName ?? "" } : null
          }
        />
        <PlacementProblems error={update.error} />
        <EditFormButtons saving={update.isPending} cancelLabel={t(`${p}.cancelEdit`)} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
