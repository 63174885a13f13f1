import { SimpleGrid, Text } from "@mantine/core";
import { formatPhone } from "@otagai/shared/japanese/phone";
import { formatPostalCode } from "@otagai/shared/japanese/postal-code";
import type { Participant } from "@otagai/shared/support/participants";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../components/format";
import { formatDate } from "../participant-format";

function Detail({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={wide ? { gridColumn: "1 / -1" } : undefined}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text
        size="sm"
        component="dd"
        m={0}
        c={value ? undefined : "dimmed"}
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
      >
        {value || t("support.participants.notSet")}
      </Text>
    </div>
  );
}

/** The profile as read: every field, with the age and 和暦 beside the birth date. */
export function ParticipantProfile({ participant }: { participant: Participant }) {
  const { t, i18n } = useTranslation();
  const label = (field: keyof Participant) =>
    t(`support.participants.fields.${field}` as "support.participants.fields.familyName");
  const phone = (value: string) => (value ? (formatPhone(value) ?? value) : "");
  const birth = participant.birthDate
    ? `${formatDate(participant.birthDate, i18n.language)}${
        participant.age === null ? "" : ` ・ ${t("support.participants.ageYears", { age: participant.age })}`
      }`
    : "";
  const postal = participant.postalCode
    ? `〒${formatPostalCode(participant.postalCode) ?? participant.postalCode} `
    : "";
  const emergency = [
    participant.emergencyContactName,
    participant.emergencyContactRelation ? `（${participant.emergencyContactRelation}）` : "",
    participant.emergencyContactPhone ? ` ${phone(participant.emergencyContactPhone)}` : "",
  ].join("");

  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <Detail label={label("birthDate")} value={birth} />
      <Detail label={label("gender")} value={participant.gender} />
      <Detail label={label("nationality")} value={participant.nationality} />
      <Detail label={label("preferredLanguage")} value={participant.preferredLanguage} />
      <Detail label={label("phone")} value={phone(participant.phone)} />
      <Detail label={label("email")} value={participant.email} />
      <Detail label={label("address")} value={`${postal}${participant.address}`.trim()} wide />
      <Detail label={t("support.participants.sections.emergency")} value={emergency.trim()} />
      <Detail label={label("referralSource")} value={participant.referralSource} />
      <Detail label={label("notes")} value={participant.notes} wide />
      <Detail
        label={t("support.participants.registeredAt")}
        value={formatDateTime(participant.createdAt, i18n.language)}
      />
      <Detail
        label={t("support.participants.updatedAt")}
        value={formatDateTime(participant.updatedAt, i18n.language)}
      />
    </SimpleGrid>
  );
}
