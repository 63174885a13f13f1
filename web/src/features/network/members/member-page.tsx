import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPencil, IconRoute } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useAddProspect, useMember } from "./api/members";
import { DuesSection } from "./components/dues-section";
import { MemberEditForm } from "./components/member-form";
import { fiscalYearOf, todayInJapan } from "./member-dates";
import type { MemberValues } from "./member-values";

const routeApi = getRouteApi("/_authenticated/network/members/$id");

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || "—"}</Text>
    </div>
  );
}

/** /network/members/$id: the organization, its dues per fiscal year, its partner-workplace links. */
export function MemberPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const member = useMember(id);
  const addProspect = useAddProspect();
  const [editing, setEditing] = useState(false);
  const canWrite = roleHas(user.role, "members.write");
  const canAddProspect = roleHas(user.role, "prospects.write");
  const m = "network.members" as const;

  if (member.isPending) return <LoadingState />;
  if (member.isError) return <ErrorState error={member.error} onRetry={() => void member.refetch()} />;
  const org = member.data;
  const label = (field: keyof MemberValues) => t(`${m}.fieldsLabel.${field}`);

  return (
    <>
      <AnchorLink to="/network/members" size="sm">
        {t(`${m}.toList`)}
      </AnchorLink>
      <PageHeader
        title={org.name}
        lead={org.nameKana}
        actions={
          canWrite && !editing ? (
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t(`${m}.edit`)}
            </Button>
          ) : null
        }
      />
      {editing ? (
        <MemberEditForm member={org} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md">
            <Group gap="xs" mb="sm">
              <Badge
                c="dark"
                radius="sm"
                style={{ textTransform: "none", minWidth: "max-content" }}
                variant="light"
              >
                {t(`${m}.kinds.${org.kind}`)}
              </Badge>
              <Badge
                c="dark"
                radius="sm"
                style={{ textTransform: "none", minWidth: "max-content" }}
                variant="light"
                color={org.status === "active" ? "teal" : "gray"}
              >
                {t(`${m}.statuses.${org.status}`)}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Item
                label={label("fields")}
                value={org.fields.map((field) => t(`${m}.fields.${field}`)).join("、")}
              />
              <Item
                label={label("workingMembers")}
                value={org.workingMembers === null ? "" : String(org.workingMembers)}
              />
              <Item label={label("area")} value={org.area} />
              <Item label={label("postalCode")} value={org.postalCode} />
              <Item label={label("address")} value={org.address} />
              <Item label={label("representativeName")} value={org.representativeName} />
              <Item label={label("contactName")} value={org.contactName} />
              <Item label={label("contactPhone")} value={org.contactPhone} />
              <Item label={label("contactEmail")} value={org.contactEmail} />
              <Item label={label("joinedOn")} value={org.joinedOn} />
              <Item label={label("leftOn")} value={org.leftOn ?? ""} />
              <Item label={label("notes")} value={org.notes} />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="member-links">
            <Title order={2} size="h4" id="member-links" mb="sm">
              {t(`${m}.detail.links`)}
            </Title>
            <Stack gap="xs">
              {org.workplace ? (
                <Text>
                  {t(`${m}.detail.workplace`)}:{" "}
                  <AnchorLink to="/support/workplaces/$id" params={{ id: org.workplace.id }}>
                    {org.workplace.name}
                  </AnchorLink>
                </Text>
              ) : (
                <Text c="dimmed">{t(`${m}.detail.noWorkplace`)}</Text>
              )}
              {org.prospect ? (
                <Text>
                  {t(`${m}.detail.prospect`)}:{" "}
                  <AnchorLink to="/network/prospects/$id" params={{ id: org.prospect.id }}>
                    {t(`${m}.detail.openProspect`)}
                  </AnchorLink>
                </Text>
              ) : null}
              {!org.prospect && !org.workplace && canAddProspect ? (
                <Group>
                  <Button
                    variant="light"
                    leftSection={<IconRoute size={16} aria-hidden />}
                    loading={addProspect.isPending}
                    onClick={async () => {
                      const prospect = await addProspect.mutateAsync(org.id);
                      await navigate({ to: "/network/prospects/$id", params: { id: prospect.id } });
                    }}
                  >
                    {t(`${m}.detail.addProspect`)}
                  </Button>
                </Group>
              ) : null}
              <MutationError error={addProspect.error} />
            </Stack>
          </Paper>
          <DuesSection
            memberId={org.id}
            currentFiscalYear={fiscalYearOf(todayInJapan())}
            canWrite={canWrite}
          />
        </Stack>
      )}
    </>
  );
}
