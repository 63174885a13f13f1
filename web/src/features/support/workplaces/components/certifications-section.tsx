import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import type { Certification } from "@otagai/shared/support/workplaces";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { FormModal } from "../../components/form-modal";
import { RecordSection } from "../../components/record-section";
import { useDeleteCertification } from "../api/update-certification";
import { certificationState, todayInJapan, useWorkplaceFormat } from "../workplace-format";
import { CertificationStateBadge, EmploymentTypeBadges } from "./badges";
import { CertificationCreateForm, CertificationEditForm } from "./certification-form";

type Notice = "added" | "saved" | "deleted";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === "string" ? <Text size="sm">{children}</Text> : children}
    </div>
  );
}

function CertificationCard({
  certification,
  today,
  canWrite,
  onEdit,
  onDelete,
}: {
  certification: Certification;
  today: string;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const format = useWorkplaceFormat();
  const c = "support.workplaces.certifications" as const;
  const headingId = `certification-${certification.id}`;
  const authority = certification.authorityName
    ? `${certification.authorityName}（${t(`${c}.authorities.${certification.authority}`)}）`
    : t(`${c}.authorities.${certification.authority}`);
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {certification.number}
          </Title>
          <CertificationStateBadge state={certificationState(certification, today)} />
        </Group>
        {canWrite ? (
          <Group gap={4}>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={t(`${c}.editOf`, { number: certification.number })}
              onClick={onEdit}
            >
              {t(`${c}.edit`)}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              c="red.9"
              leftSection={<IconTrash size={14} aria-hidden />}
              aria-label={t(`${c}.deleteOf`, { number: certification.number })}
              onClick={onDelete}
            >
              {t(`${c}.delete`)}
            </Button>
          </Group>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Detail label={t(`${c}.fields.authority`)}>{authority}</Detail>
        <Detail label={t(`${c}.fields.employmentTypes`)}>
          <EmploymentTypeBadges types={certification.employmentTypes} />
        </Detail>
        <Detail label={t(`${c}.fields.validPeriod`)}>
          {format.period(certification.validFrom, certification.validUntil)}
        </Detail>
      </SimpleGrid>
      {certification.notes ? (
        <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {certification.notes}
        </Text>
      ) : null}
    </Paper>
  );
}

/**
 * The workplace's 認定就労訓練事業 certifications, newest first: added and edited in a dialog,
 * deleted after a confirmation; read only without workplaces.write.
 */
export function CertificationsSection({
  workplaceId,
  certifications,
  canWrite,
  onReload,
}: {
  workplaceId: string;
  certifications: Certification[];
  canWrite: boolean;
  /** Loads the workplace again (after "someone saved first") and answers its certifications. */
  onReload: () => Promise<Certification[] | undefined>;
}) {
  const { t } = useTranslation();
  const c = "support.workplaces.certifications" as const;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Certification | null>(null);
  // Re-opens the edit form on fresh data after a reload.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const remove = useDeleteCertification(workplaceId);
  const today = todayInJapan();
  const sorted = [...certifications].sort((a, b) => b.validUntil.localeCompare(a.validUntil));

  function confirmDelete(certification: Certification) {
    remove.reset();
    setNotice(null);
    modals.openConfirmModal({
      title: t(`${c}.deleteTitle`),
      centered: true,
      closeButtonProps: { "aria-label": t("common.cancel") },
      children: <Text>{t(`${c}.deleteBody`, { number: certification.number })}</Text>,
      labels: { confirm: t(`${c}.delete`), cancel: t("common.cancel") },
      confirmProps: { color: "red.8" },
      onConfirm: () => remove.mutate(certification.id, { onSuccess: () => setNotice("deleted") }),
    });
  }

  return (
    <RecordSection
      headingId="workplace-certifications-heading"
      title={t(`${c}.title`)}
      lead={t(`${c}.lead`)}
      addLabel={canWrite ? t(`${c}.add`) : undefined}
      onAdd={() => {
        setNotice(null);
        setAdding(true);
      }}
      notice={notice ? t(`${c}.${notice}`) : null}
    >
      <MutationError error={remove.error} />
      {sorted.length === 0 ? (
        <Text size="sm">{t(`${c}.none`)}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          aria-label={t(`${c}.listLabel`)}
          style={{ listStyle: "none" }}
        >
          {sorted.map((certification) => (
            <CertificationCard
              key={certification.id}
              certification={certification}
              today={today}
              canWrite={canWrite}
              onEdit={() => {
                setNotice(null);
                setEditing(certification);
              }}
              onDelete={() => confirmDelete(certification)}
            />
          ))}
        </Stack>
      )}
      {canWrite ? (
        <>
          <FormModal opened={adding} title={t(`${c}.addTitle`)} onClose={() => setAdding(false)}>
            <CertificationCreateForm
              workplaceId={workplaceId}
              onCreated={() => {
                setAdding(false);
                setNotice("added");
              }}
              onCancel={() => setAdding(false)}
            />
          </FormModal>
          <FormModal opened={editing !== null} title={t(`${c}.editTitle`)} onClose={() => setEditing(null)}>
            {editing ? (
              <CertificationEditForm
                key={`${editing.id}:${generation}`}
                workplaceId={workplaceId}
                certification={editing}
                onSaved={() => {
                  setEditing(null);
                  setNotice("saved");
                }}
                onCancel={() => setEditing(null)}
                onReload={() => {
                  void onReload().then((fresh) => {
                    const latest = fresh?.find((item) => item.id === editing.id);
                    if (latest) setEditing(latest);
                    setGeneration((value) => value + 1);
                  });
                }}
              />
            ) : null}
          </FormModal>
        </>
      ) : null}
    </RecordSection>
  );
}
