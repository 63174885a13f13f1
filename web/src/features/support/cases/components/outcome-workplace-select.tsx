import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type SearchResult, ServerSearchSelect } from "../../../../components/server-search-select";
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

/** Partner workplaces by name or reading (GET /api/workplaces?q=: kana and width folded by the server). */
function useWorkplaceOptions(query: string): SearchResult {
  const found = useWorkplaces({ q: query || undefined });
  return {
    options: (found.data?.items ?? []).map((workplace) => ({ value: workplace.id, label: workplace.name })),
    isFetching: found.isFetching,
  };
}

/** A partner workplace picked by name or reading. */
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
  return (
    <ServerSearchSelect
      label={t(`${o}.fields.workplace`)}
      description={t(`${o}.help.workplace`)}
      inputWrapperOrder={["label", "input", "description", "error"]}
      value={value || null}
      initialLabel={initialName}
      useOptions={useWorkplaceOptions}
      clearable
      searchingMessage={t(`${o}.values.searching`)}
      nothingFoundMessage={t(`${o}.values.noWorkplaceFound`)}
      error={error}
      required
      onFocus={onFocus}
      onBlur={onBlur}
      onChange={(id) => onChange(id ?? "")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
