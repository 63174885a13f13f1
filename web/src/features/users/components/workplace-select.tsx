import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useActiveWorkplaces, useWorkplaceName } from "../api/get-partner-workplaces";

interface WorkplaceSelectProps {
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * A partner account's workplace: the partner workplaces taking part now (GET /api/workplaces,
 * active), searchable by name or reading; a stored one no longer active stays shown by its name.
 */
export function WorkplaceSelect({ value = null, onChange, error, disabled }: WorkplaceSelectProps) {
  const { t } = useTranslation();
  const workplaces = useActiveWorkplaces(true);
  const items = workplaces.data?.items ?? [];
  const listed = !value || items.some((workplace) => workplace.id === value);
  const storedName = useWorkplaceName(value, workplaces.isSuccess && !listed);
  const data = items.map((workplace) => ({ value: workplace.id, label: workplace.name }));
  if (value && !listed) data.unshift({ value, label: storedName.data ?? "…" });
  const kanaById = new Map(items.map((workplace) => [workplace.id, workplace.nameKana]));
  return (
    <Select
      label={t("users.workplaceLabel")}
      description={t("users.workplaceHelp")}
      inputWrapperOrder={["label", "input", "description", "error"]}
      placeholder={t("users.workplacePlaceholder")}
      required
      data={data}
      value={value}
      onChange={onChange}
      searchable
      disabled={disabled || workplaces.isPending}
      error={error ?? (workplaces.isError ? t("users.workplacesLoadFailed") : undefined)}
      nothingFoundMessage={t("common.noResults")}
      filter={({ options, search }) => {
        const needle = search.trim().toLowerCase();
        if (!needle) return options;
        return options.filter((option) => {
          if (!("value" in option)) return true;
          const kana = kanaById.get(option.value) ?? "";
          return option.label.toLowerCase().includes(needle) || kana.includes(needle);
        });
      }}
    />
  );
}
