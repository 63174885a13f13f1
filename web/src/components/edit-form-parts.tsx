import { Alert, Button, Group, Text, Title } from "@mantine/core";
import { IconPencil, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../app/api-client";
import { MutationError } from "./query-state";

/** Two form values alike: arrays by their items (checkbox groups), the rest as they are. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** The fields whose value differs from the record as loaded: what an edit sends and a reload keeps. */
export function changedFieldValues<V extends Record<string, unknown>>(
  fields: readonly (keyof V)[],
  values: V,
  before: V,
): Partial<V> {
  return Object.fromEntries(
    fields.filter((field) => !sameValue(values[field], before[field])).map((field) => [field, values[field]]),
  ) as Partial<V>;
}

/**
 * Above an edit form: someone else saved first (409 STALE_UPDATE) — say so and offer to reload the
 * latest record with this person's changes kept; any other refusal as the server worded it; and,
 * after such a reload, that the changes were laid over the latest record.
 */
export function EditFormStatus({
  error,
  reapplied,
  labels,
  onReload,
}: {
  error: unknown;
  /** Changes were carried over a reload and not yet saved. */
  reapplied: boolean;
  labels: { staleTitle: string; reloadLatest: string; staleReapplied: string };
  onReload: () => void;
}) {
  const stale = isApiError(error) && error.code === "STALE_UPDATE" ? error : null;
  return (
    <>
      {stale ? (
        <Alert color="orange" title={labels.staleTitle} role="alert">
          <Text size="sm" mb="sm">
            {stale.message}
          </Text>
          <Button
            size="xs"
            variant="outline"
            color="orange.9"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onReload}
          >
            {labels.reloadLatest}
          </Button>
        </Alert>
      ) : (
        <MutationError error={error} />
      )}
      {reapplied && !error ? (
        <Alert color="blue" role="status">
          <Text size="sm">{labels.staleReapplied}</Text>
        </Alert>
      ) : null}
    </>
  );
}

/** Save and stop editing, under an edit form. */
export function EditFormButtons({
  saving,
  cancelLabel,
  onCancel,
}: {
  saving: boolean;
  cancelLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={saving}>
        {t("common.save")}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </Group>
  );
}

/** A section's heading with the button that opens its edit in place (useEditInPlace), while closed. */
export function EditableSectionHeading({
  id,
  title,
  editLabel,
  canEdit,
  edit,
}: {
  /** The heading's id: the section is labelled by it. */
  id: string;
  title: string;
  editLabel: string;
  canEdit: boolean;
  edit: { editing: boolean; start: () => void };
}) {
  return (
    <Group justify="space-between" align="flex-start" mb="md">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {canEdit && !edit.editing ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={edit.start}
        >
          {editLabel}
        </Button>
      ) : null}
    </Group>
  );
}
