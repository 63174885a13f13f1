import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWorkplaces } from "../../workplaces/api/find-workplaces";

interface OutcomeWorkplaceSelectProps {
  value: string;
  /** The chosen workplace's name, shown while the search has not loaded it (an edit). */
  initialName: string | null;
  onChange: (id: string) => void;
  error?: ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * A partner workplace picked by name or reading: what is typed searches GET /api/workplaces?q=
 * (kana and width folded by the server), the chosen one stays an option whatever the search shows.
 */
export function OutcomeWorkplaceSelect({
  value,
  initialName,
  onChange,
  error,
  onFocus,
  onBlur,
}: OutcomeWorkplaceSelectProps) {
  const { t } = useTranslation();
  const o = "support.outcomes" as const;
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    value && initialName ? { value, label: initialName } : null,
  );
  const [search, setSearch] = useState(initialName ?? "");
  // The chosen name in the box is no search: the list then shows the first workplaces.
  const [query] = useDebouncedValue(search === chosen?.label ? "" : search.trim(), 250);
  const found = useWorkplaces({ q: query || undefined });
  const options = (found.data?.items ?? []).map((workplace) => ({
    value: workplace.id,
    label: workplace.name,
  }));
  const data =
    chosen && !options.some((option) => option.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={t(`${o}.fields.workplace`)}
      description={t(`${o}.help.workplace`)}
      inputWrapperOrder={["label", "input", "description", "error"]}
      data={data}
      value={value || null}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already (readings, kana widths); the box must not filter again.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t(`${o}.values.searching`) : t(`${o}.values.noWorkplaceFound`)}
      error={error}
      required
      onFocus={onFocus}
      onBlur={onBlur}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id ?? "");
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
