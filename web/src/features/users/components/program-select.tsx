import { MultiSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePrograms } from "../api/get-programs";

interface ProgramSelectProps {
  value?: string[];
  onChange: (value: string[]) => void;
  error?: string;
  disabled?: boolean;
}

/** The programs (事業) a user works on, from GET /api/programs; searchable by name or kana. */
export function ProgramSelect({ value = [], onChange, error, disabled }: ProgramSelectProps) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const data = (programs.data?.items ?? []).map((program) => ({
    value: program.id,
    label: program.active ? program.name : `${program.name} (${program.code})`,
  }));
  const kanaById = new Map((programs.data?.items ?? []).map((program) => [program.id, program.nameKana]));
  return (
    <MultiSelect
      label={t("fields.programIds")}
      placeholder={value.length === 0 ? t("users.programsPlaceholder") : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      disabled={disabled || programs.isPending}
      error={error ?? (programs.isError ? t("users.programsLoadFailed") : undefined)}
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
