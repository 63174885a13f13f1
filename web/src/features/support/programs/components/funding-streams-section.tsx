import { Badge, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { modals } from "@mantine/modals";
import {
  createFundingStreamInputSchema,
  type FundingStream,
  updateFundingStreamInputSchema,
} from "@otagai/shared/programs/schemas";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { FormModal } from "../../components/form-modal";
import { RecordSection } from "../../components/record-section";
import { useCreateFundingStream } from "../api/create-funding-stream";
import { useUpdateFundingStream } from "../api/update-funding-stream";

type Notice = "added" | "renamed" | "deactivated" | "reactivated";

function AddStreamForm({
  programId,
  onDone,
  onCancel,
}: {
  programId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateFundingStream(programId);
  const form = useSchemaForm({
    initialValues: { name: "", code: "" },
    schema: createFundingStreamInputSchema,
    mutation: create,
  });
  const submit = form.submit(async (input) => {
    await create.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t("support.programs.streams.name")} required {...form.getInputProps("name")} />
        <TextInput
          label={t("support.programs.streams.code")}
          description={t("support.programs.help.streamCode")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          required
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          {...form.getInputProps("code")}
        />
        <MutationError error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RenameStreamForm({
  programId,
  stream,
  onDone,
  onCancel,
}: {
  programId: string;
  stream: FundingStream;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateFundingStream(programId);
  const form = useSchemaForm({
    initialValues: { name: stream.name },
    schema: updateFundingStreamInputSchema,
    mutation: update,
  });
  const submit = form.submit(async (input) => {
    await update.mutateAsync({ streamId: stream.id, input });
    onDone();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("support.programs.streams.name")}
          required
          data-autofocus
          {...form.getInputProps("name")}
        />
        <MutationError error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The program's funding streams, counted apart (生活困窮者 / 被保護者): managers add, rename, end
 * and resume them; a stream is never deleted, since past cases count under it.
 */
export function FundingStreamsSection({
  programId,
  streams,
  canManage,
}: {
  programId: string;
  streams: FundingStream[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<FundingStream | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const toggle = useUpdateFundingStream(programId);

  function setActive(stream: FundingStream, active: boolean) {
    toggle.reset();
    setNotice(null);
    const save = () =>
      toggle.mutate(
        { streamId: stream.id, input: { active } },
        { onSuccess: () => setNotice(active ? "reactivated" : "deactivated") },
      );
    if (active) {
      save();
      return;
    }
    modals.openConfirmModal({
      title: t("support.programs.streams.deactivateTitle"),
      centered: true,
      closeButtonProps: { "aria-label": t("common.cancel") },
      children: <Text>{t("support.programs.streams.deactivateBody", { name: stream.name })}</Text>,
      labels: { confirm: t("support.programs.streams.deactivate"), cancel: t("common.cancel") },
      confirmProps: { color: "red.8" },
      onConfirm: save,
    });
  }

  return (
    <RecordSection
      headingId="program-streams-heading"
      title={t("support.programs.streams.title")}
      lead={t("support.programs.streams.lead")}
      addLabel={canManage ? t("support.programs.streams.add") : undefined}
      onAdd={() => {
        setNotice(null);
        setAdding(true);
      }}
      notice={notice ? t(`support.programs.streams.${notice}`) : null}
    >
      <MutationError error={toggle.error} />
      {streams.length === 0 ? (
        <Text size="sm">{t("support.programs.streams.none")}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          aria-label={t("support.programs.streams.listLabel")}
          style={{ listStyle: "none" }}
        >
          {streams.map((stream) => (
            <Group component="li" key={stream.id} justify="space-between" gap="xs" wrap="wrap">
              <Group gap="xs">
                <Text fw={600}>{stream.name}</Text>
                <Text size="xs" c="dimmed">
                  {stream.code}
                </Text>
                {stream.active ? null : (
                  <Badge color="gray" variant="light">
                    {t("support.programs.streams.inactive")}
                  </Badge>
                )}
              </Group>
              {canManage ? (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={t("support.programs.streams.renameOf", { name: stream.name })}
                    onClick={() => {
                      setNotice(null);
                      setRenaming(stream);
                    }}
                  >
                    {t("support.programs.streams.rename")}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    c={stream.active ? "red.9" : undefined}
                    loading={toggle.isPending && toggle.variables?.streamId === stream.id}
                    aria-label={
                      stream.active
                        ? t("support.programs.streams.deactivateOf", { name: stream.name })
                        : t("support.programs.streams.reactivateOf", { name: stream.name })
                    }
                    onClick={() => setActive(stream, !stream.active)}
                  >
                    {stream.active
                      ? t("support.programs.streams.deactivate")
                      : t("support.programs.streams.reactivate")}
                  </Button>
                </Group>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      <FormModal
        opened={adding}
        title={t("support.programs.streams.addTitle")}
        onClose={() => setAdding(false)}
      >
        <AddStreamForm
          programId={programId}
          onDone={() => {
            setAdding(false);
            setNotice("added");
          }}
          onCancel={() => setAdding(false)}
        />
      </FormModal>
      <FormModal
        opened={renaming !== null}
        title={t("support.programs.streams.renameTitle")}
        onClose={() => setRenaming(null)}
      >
        {renaming ? (
          <RenameStreamForm
            key={renaming.id}
            programId={programId}
            stream={renaming}
            onDone={() => {
              setRenaming(null);
              setNotice("renamed");
            }}
            onCancel={() => setRenaming(null)}
          />
        ) : null}
      </FormModal>
    </RecordSection>
  );
}
