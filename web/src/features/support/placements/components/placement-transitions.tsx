import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import {
  type Placement,
  type PlacementStatus,
  placementTransitionInputSchema,
  placementTransitions,
} from "@otagai/shared/support/placements";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../../components/use-form";
import { useIsPhone } from "../../../../components/use-is-phone";
import { SaveError } from "../../components/stale-alert";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useTransitionPlacement } from "../api/placements";

type Target = Exclude<PlacementStatus, "planned">;

function TransitionDialog({
  placement,
  to,
  onClose,
  onDone,
  onReload,
}: {
  placement: Placement;
  to: Target;
  onClose: () => void;
  onDone: (to: Target) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const p = "support.placements" as const;
  const transition = useTransitionPlacement(placement.id);
  // The placement as the person saw it when choosing: a change made meanwhile is a 409.
  const [{ version, from }] = useState({ version: placement.version, from: placement.status });
  const ending = to !== "ongoing";
  const form = useSchemaForm({
    initialValues: { endedOn: "", endedReason: "" },
    schema: placementTransitionInputSchema,
    mutation: transition,
    toInput: (values) => ({
      to,
      version,
      endedOn: ending && values.endedOn ? values.endedOn : null,
      endedReason: to === "ended_early" ? values.endedReason : "",
    }),
  });
  const submit = form.submit(async (input) => {
    await transition.mutateAsync(input);
    onDone(to);
  });
  const title = t(`${p}.moveTo.${to}`);
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={isPhone}
      closeOnClickOutside={false}
      closeButtonProps={{ "aria-label": t("support.programs.form.close") }}
    >
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t(`${p}.transition.confirm`, {
              from: t(`${p}.statuses.${from}`),
              to: t(`${p}.statuses.${to}`),
            })}
          </Text>
          {ending ? (
            <WarekiDateInput
              label={t(`${p}.transition.endedOn`)}
              description={t(`${p}.transition.endedOnHelp`)}
              {...form.getInputProps("endedOn")}
            />
          ) : null}
          {to === "ended_early" ? (
            <Textarea
              label={t(`${p}.transition.endedReason`)}
              description={t(`${p}.transition.endedReasonHelp`)}
              inputWrapperOrder={["label", "input", "description", "error"]}
              required
              autosize
              minRows={3}
              {...form.getInputProps("endedReason")}
            />
          ) : null}
          <SaveError error={transition.error} onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              loading={transition.isPending}
              color={to === "ended_early" ? "red.8" : undefined}
            >
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The moves the placement may make from where it stands (placementTransitions), each confirmed in a dialog. */
export function PlacementTransitions({
  placement,
  onMoved,
  onReload,
}: {
  placement: Placement;
  onMoved: (to: Target) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState<Target | null>(null);
  const moves = placementTransitions
    .filter((move) => move.from === placement.status)
    .map((move) => move.to as Target);
  if (moves.length === 0) return null;
  return (
    <>
      <Group gap="sm" wrap="wrap">
        {moves.map((move) => (
          <Button
            key={move}
            size="sm"
            variant={move === "ended_early" ? "outline" : "filled"}
            color={move === "ended_early" ? "red.8" : undefined}
            onClick={() => setTo(move)}
          >
            {t(`support.placements.moveTo.${move}`)}
          </Button>
        ))}
      </Group>
      {to ? (
        <TransitionDialog
          key={to}
          placement={placement}
          to={to}
          onClose={() => setTo(null)}
          onDone={(moved) => {
            setTo(null);
            onMoved(moved);
          }}
          onReload={() => {
            setTo(null);
            onReload();
          }}
        />
      ) : null}
    </>
  );
}
