import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";

export type SearchOption = { value: string; label: string };
export type SearchResult = { options: SearchOption[]; isFetching: boolean };

interface ServerSearchSelectProps
  extends Omit<
    SelectProps,
    "data" | "value" | "onChange" | "searchable" | "searchValue" | "onSearchChange" | "filter"
  > {
  value: string | null;
  /** The chosen option's label, shown while no search has loaded it (an edit). */
  initialLabel?: string | null;
  /** The options for what is typed (already trimmed; "" for the first ones): a query hook. */
  useOptions: (query: string) => SearchResult;
  onChange: (value: string | null) => void;
  searchingMessage: string;
  nothingFoundMessage: string;
}

/**
 * A choice among more records than a list can hold: what is typed searches the server (as the
 * caller's query hook asks it), and the chosen option stays one whatever the search shows.
 */
export function ServerSearchSelect({
  value,
  initialLabel = null,
  useOptions,
  onChange,
  searchingMessage,
  nothingFoundMessage,
  ...selectProps
}: ServerSearchSelectProps) {
  const [chosen, setChosen] = useState<SearchOption | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const [search, setSearch] = useState(initialLabel ?? "");
  // The chosen label in the box is no search: the list then shows the first options.
  const [query] = useDebouncedValue(search === chosen?.label ? "" : search.trim(), 250);
  const found = useOptions(query);
  const data =
    chosen && !found.options.some((option) => option.value === chosen.value)
      ? [chosen, ...found.options]
      : found.options;
  return (
    <Select
      {...selectProps}
      data={data}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already; the box must not filter again.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? searchingMessage : nothingFoundMessage}
      onChange={(next, option) => {
        setChosen(next && option ? { value: next, label: option.label } : null);
        onChange(next);
      }}
    />
  );
}
