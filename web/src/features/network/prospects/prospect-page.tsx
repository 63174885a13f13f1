import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { movableStages, type Prospect, type ProspectStage } from "@otagai/shared/network/prospects";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconArrowLeft, IconBuildingStore } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { EditableSectionHeading } from "../../../components/edit-form-parts";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useEditInPlace } from "../../../components/use-edit-in-place";
import { isProspectId, useActivateProspect, useMoveProspect, useProspect } from "./api/prospects";
import { ProspectEditForm } from "./components/prospect-edit-form";
import { ProspectError } from "./components/prospect-error";
import { AgreementForm, ContactForm } from "./components/prospect-forms";
import type { ProspectValues } from "./prospect-values";

const routeApi = getRouteApi("/_authenticated/network/prospects/$id");

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
        {children || "—"}
      </Text>
    </div>
  );
}

/** The profile and its owner, edited in place by those who may change the pipeline. */
function Details({
  prospect,
  canWrite,
  refetch,
}: {
  prospect: Prospect;
  canWrite: boolean;
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const edit = useEditInPlace<ProspectValues>({
    refetch,
    clearNotice: () => setSaved(false),
    onSaved: () => setSaved(true),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prospect-details">
      <EditableSectionHeading
        id="prospect-details"
        title={t("network.prospects.details")}
        editLabel={t("network.prospects.edit")}
        canEdit={canWrite}
        edit={edit}
      />
      {saved ? (
        <Alert color="teal" variant="light" role="status" mb="sm">
          {t("network.prospects.profileSaved")}
        </Alert>
      ) : null}
      {edit.editing ? (
        <ProspectEditForm key={`${prospect.id}:${edit.generation}`} prospect={prospect} {...edit.formProps} />
      ) : (
        <DetailList prospect={prospect} />
      )}
    </Paper>
  );
}

function DetailList({ prospect }: { prospect: Prospect }) {
  const { t } = useTranslation();
  const field = (
    key: "address" | "area" | "contactName" | "contactPhone" | "contactEmail" | "workKinds" | "notes",
  ) => t(`network.prospects.fields.${key}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
      <Detail label={t("network.prospects.fields.nameKana")}>{prospect.nameKana}</Detail>
      <Detail label={t("network.prospects.owner")}>
        {prospect.ownerName ?? t("network.prospects.noOwner")}
      </Detail>
      <Detail label={field("address")}>
        {[prospect.postalCode, prospect.address].filter(Boolean).join(" ")}
      </Detail>
      <Detail label={field("area")}>{prospect.area}</Detail>
      <Detail label={field("contactName")}>{prospect.contactName}</Detail>
      <Detail label={field("contactPhone")}>{prospect.contactPhone}</Detail>
      <Detail label={field("contactEmail")}>{prospect.contactEmail}</Detail>
      <Detail label={field("workKinds")}>
        {prospect.workKinds.map((kind) => t(`network.prospects.workKinds.${kind}`)).join("、")}
      </Detail>
      <Detail label={field("notes")}>{prospect.notes}</Detail>
    </SimpleGrid>
  );
}

function Contacts({ prospect, canWrite }: { prospect: Prospect; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prospect-contacts">
      <Title order={2} size="h4" id="prospect-contacts" mb="sm">
        {t("network.prospects.contacts.title")}
      </Title>
      <Stack gap="md">
        {prospect.contacts.length === 0 ? (
          <Text c="dimmed">{t("network.prospects.contacts.empty")}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2}>
            {prospect.contacts.map((contact) => (
              <Timeline.Item
                key={contact.id}
                title={`${contact.contactedOn} ${t(`network.prospects.methods.${contact.method}`)}${contact.staffName ? `（${contact.staffName}）` : ""}`}
              >
                {contact.notes ? (
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {contact.notes}
                  </Text>
                ) : null}
                {contact.nextStep ? (
                  <Text size="sm" c="dimmed">
                    {t("network.prospects.nextStep")}: {contact.nextStep}
                    {contact.nextStepOn ? `（${contact.nextStepOn}）` : ""}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {canWrite ? <ContactForm prospect={prospect} /> : null}
      </Stack>
    </Paper>
  );
}

function Agreement({ prospect, canWrite }: { prospect: Prospect; canWrite: boolean }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prospect-agreement">
      <Title order={2} size="h4" id="prospect-agreement" mb="sm">
        {t("network.prospects.agreement.title")}
      </Title>
      <Stack gap="sm">
        {saved ? (
          <Alert color="teal" variant="light" role="status">
            {t("network.prospects.agreement.saved")}
          </Alert>
        ) : null}
        {canWrite && !prospect.workplaceId ? (
          <AgreementForm prospect={prospect} onSaved={() => setSaved(true)} />
        ) : prospect.agreedOn ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
            <Detail label={t("network.prospects.agreement.agreedOn")}>{prospect.agreedOn}</Detail>
            <Detail label={t("network.prospects.agreement.traineeCapacity")}>
              {String(prospect.traineeCapacity ?? "")}
            </Detail>
            <Detail label={t("network.prospects.agreement.employmentType")}>
              {prospect.employmentType
                ? t(`network.prospects.employmentTypes.${prospect.employmentType}`)
                : ""}
            </Detail>
            <Detail label={t("network.prospects.agreement.insurance")}>{prospect.insurance}</Detail>
            <Detail label={t("network.prospects.agreement.scope")}>{prospect.agreementScope}</Detail>
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t("network.prospects.agreement.empty")}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function Activation({ prospect, canWrite }: { prospect: Prospect; canWrite: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const activate = useActivateProspect(prospect.id);
  // The office registers it; the workplace's page is the support area's (coordinators).
  const canOpen = roleHas(me.role, "support.read") && roleHas(me.role, "workplaces.read");
  const workplaceLink =
    prospect.workplaceId && canOpen ? (
      <ButtonLink
        to="/support/workplaces/$id"
        params={{ id: prospect.workplaceId }}
        variant="light"
        leftSection={<IconBuildingStore size={16} aria-hidden />}
      >
        {t("network.prospects.activation.open")}
      </ButtonLink>
    ) : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prospect-activation">
      <Title order={2} size="h4" id="prospect-activation" mb="sm">
        {t("network.prospects.activation.title")}
      </Title>
      <Stack gap="sm">
        {prospect.workplaceId ? (
          <>
            <Alert color="teal" variant="light" role="status">
              {activate.data
                ? t("network.prospects.activation.done", { name: activate.data.workplace.name })
                : t("network.prospects.activation.registered")}
            </Alert>
            <Group>{workplaceLink}</Group>
          </>
        ) : prospect.stage === "agreed" ? (
          <>
            <Text size="sm">{t("network.prospects.activation.lead")}</Text>
            <ProspectError error={activate.error} />
            {canWrite ? (
              <Group>
                <Button loading={activate.isPending} onClick={() => activate.mutate(prospect.version)}>
                  {t("network.prospects.activation.button")}
                </Button>
              </Group>
            ) : null}
          </>
        ) : (
          <Text c="dimmed">{t("network.prospects.activation.needsAgreement")}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function StageMove({ prospect }: { prospect: Prospect }) {
  const { t } = useTranslation();
  const move = useMoveProspect();
  const choices = movableStages(prospect.stage, prospect.workplaceId !== null);
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t("network.prospects.moveTo")}
        value=""
        w={240}
        onChange={(event) => {
          const stage = event.currentTarget.value as ProspectStage;
          if (stage) move.mutate({ id: prospect.id, stage, version: prospect.version });
        }}
        data={[
          { value: "", label: "—" },
          ...choices.map((stage) => ({ value: stage, label: t(`network.prospects.stages.${stage}`) })),
        ]}
      />
      <ProspectError error={move.error} />
    </Stack>
  );
}

/** One prospect: details, contacts, the agreement, and activation as a partner workplace. */
export function ProspectPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const me = useCurrentUser();
  const canWrite = roleHas(me.role, "prospects.write");
  const prospect = useProspect(id);
  if (!isProspectId(id) || (isApiError(prospect.error) && prospect.error.status === 404))
    return <NotFoundPage />;
  if (prospect.isPending) return <LoadingState />;
  if (prospect.isError) return <ErrorState error={prospect.error} onRetry={() => void prospect.refetch()} />;
  const data = prospect.data;
  return (
    <>
      <AnchorLink to="/network/prospects" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t("network.prospects.backToBoard")}
        </Group>
      </AnchorLink>
      <PageHeader
        title={data.name}
        actions={
          <Group gap="xs">
            <Badge size="lg" variant="light">
              {t("network.prospects.stage")}: {t(`network.prospects.stages.${data.stage}`)}
            </Badge>
            {data.memberOrganizationId ? (
              <Badge variant="outline">{t("network.prospects.member")}</Badge>
            ) : null}
          </Group>
        }
      />
      <Stack gap="md" maw={960}>
        {canWrite ? <StageMove prospect={data} /> : null}
        <Details prospect={data} canWrite={canWrite} refetch={() => prospect.refetch()} />
        <Contacts prospect={data} canWrite={canWrite} />
        <Agreement prospect={data} canWrite={canWrite} />
        <Activation prospect={data} canWrite={canWrite} />
      </Stack>
    </>
  );
}
