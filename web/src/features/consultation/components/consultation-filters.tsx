import { Button, Group, Select, TextInput } from "@mantine/core";
import { consultationChannels, consultationStatuses } from "@otagai/shared/consultation/consultations";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { useConsultationCategories } from "../api/consultation-categories";
import type { ConsultationListSearch } from "../api/find-consultations";
import { useConsultantOptions } from "../api/find-people";
import { categoryLabel } from "../consultation-format";

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

/** The desk list's filters: a name or words, category, channel, status, consultant, a date range. */
export function ConsultationFilters({
  value,
  onChange,
  errors = {},
}: {
  value: ConsultationListSearch;
  onChange: (next: ConsultationListSearch) => void;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const categories = useConsultationCategories();
  const consultants = useConsultantOptions(me, t("consultation.form.consultantMe", { name: me.displayName }));
  const [q, setQ] = useState(value.q ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);

  function set(next: Partial<ConsultationListSearch>) {
    onChange({ ...value, ...next, page: undefined });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    set({ q: q.trim() || undefined });
  }
  if (value.consultantId && !consultants.some((option) => option.value === value.consultantId))
    consultants.push({ value: value.consultantId, label: value.consultantId });

  return (
    <search aria-label={t("consultation.list.filters.label")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("consultation.list.filters.q")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            error={errors.q}
            w={220}
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
            {t("consultation.list.filters.search")}
          </Button>
          <Select
            label={t("consultation.list.filters.category")}
            placeholder={t("consultation.list.filters.all")}
            clearable
            data={(categories.data?.items ?? []).map((category) => ({
              value: category.id,
              label: categoryLabel(category, t),
            }))}
            value={value.categoryId ?? null}
            onChange={(categoryId) => set({ categoryId: categoryId ?? undefined })}
            w={220}
          />
          <Select
            label={t("consultation.list.filters.channel")}
            placeholder={t("consultation.list.filters.all")}
            clearable
            data={consultationChannels.map((channel) => ({
              value: channel,
              label: t(`consultation.channels.${channel}`),
            }))}
            value={value.channel ?? null}
            onChange={(channel) => set({ channel: oneOf(channel, consultationChannels) })}
            w={150}
          />
          <Select
            label={t("consultation.list.filters.status")}
            placeholder={t("consultation.list.filters.all")}
            clearable
            data={consultationStatuses.map((status) => ({
              value: status,
              label: t(`consultation.statuses.${status}`),
            }))}
            value={value.status ?? null}
            onChange={(status) => set({ status: oneOf(status, consultationStatuses) })}
            w={150}
          />
          <Select
            label={t("consultation.list.filters.consultant")}
            placeholder={t("consultation.list.filters.all")}
            clearable
            data={consultants}
            value={value.consultantId ?? null}
            onChange={(consultantId) => set({ consultantId: consultantId ?? undefined })}
            w={180}
          />
          <TextInput
            type="date"
            label={t("consultation.list.filters.from")}
            value={value.from ?? ""}
            onChange={(event) => set({ from: event.currentTarget.value || undefined })}
            error={errors.from}
          />
          <TextInput
            type="date"
            label={t("consultation.list.filters.to")}
            value={value.to ?? ""}
            onChange={(event) => set({ to: event.currentTarget.value || undefined })}
            error={errors.to}
          />
          <Button variant="subtle" onClick={() => onChange({})}>
            {t("consultation.list.filters.clear")}
          </Button>
        </Group>
      </form>
    </search>
  );
}
