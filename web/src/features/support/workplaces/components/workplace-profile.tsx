import { SimpleGrid, Text } from "@mantine/core";
import { formatPhone } from "@otagai/shared/japanese/phone";
import { formatPostalCode } from "@otagai/shared/japanese/postal-code";
import type { Workplace } from "@otagai/shared/support/workplaces";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../components/format";
import { useWorkplaceFormat } from "../workplace-format";
import { SupportFeatureBadges, WorkplaceStatusBadge } from "./badges";

function Detail({ label, value, wide }: { label: string; value: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const empty = value === "" || value === null;
  return (
    <div style={wide ? { gridColumn: "1 / -1" } : undefined}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text
        size="sm"
        component="dd"
        m={0}
        c={empty ? "dimmed" : undefined}
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
      >
        {empty ? t("support.workplaces.notSet") : value}
      </Text>
    </div>
  );
}

/** The workplace as read: where, whom to call, the work, days and hours, support, status. */
export function WorkplaceProfile({ workplace }: { workplace: Workplace }) {
  const { t, i18n } = useTranslation();
  const format = useWorkplaceFormat();
  const w = "support.workplaces" as const;
  const postal = workplace.postalCode
    ? `〒${formatPostalCode(workplace.postalCode) ?? workplace.postalCode} `
    : "";
  const contact = [
    workplace.contactName,
    workplace.contactPhone ? (formatPhone(workplace.contactPhone) ?? workplace.contactPhone) : "",
    workplace.contactEmail,
  ]
    .filter(Boolean)
    .join("\n");
  const kinds = workplace.workKinds
    .map((kind) => t(`${w}.workKinds.${kind}`))
    .join(t(`${w}.values.separator`));

  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <Detail label={t(`${w}.fields.status`)} value={<WorkplaceStatusBadge status={workplace.status} />} />
      <Detail label={t(`${w}.fields.area`)} value={workplace.area} />
      <Detail label={t(`${w}.fields.contactName`)} value={contact} />
      <Detail label={t(`${w}.fields.address`)} value={`${postal}${workplace.address}`.trim()} wide />
      <Detail label={t(`${w}.fields.workKinds`)} value={kinds} />
      <Detail label={t(`${w}.columns.schedule`)} value={format.schedule(workplace)} />
      <Detail label={t(`${w}.fields.traineeCapacity`)} value={format.capacity(workplace.traineeCapacity)} />
      <Detail label={t(`${w}.fields.workDescription`)} value={workplace.workDescription} wide />
      <Detail
        label={t(`${w}.fields.supportFeatures`)}
        value={
          workplace.supportFeatures.length > 0 ? (
            <SupportFeatureBadges features={workplace.supportFeatures} />
          ) : (
            ""
          )
        }
        wide
      />
      <Detail label={t(`${w}.fields.supportNotes`)} value={workplace.supportNotes} wide />
      {workplace.memberOrganizationId ? (
        <Text size="sm" style={{ gridColumn: "1 / -1" }}>
          {t(`${w}.memberOrganization`)}
        </Text>
      ) : null}
      <Detail label={t(`${w}.registeredAt`)} value={formatDateTime(workplace.createdAt, i18n.language)} />
      <Detail label={t(`${w}.updatedAt`)} value={formatDateTime(workplace.updatedAt, i18n.language)} />
    </SimpleGrid>
  );
}
