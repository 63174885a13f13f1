import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface PaginationBarProps {
  page: number;
  pageSize: number;
  total: number;
  /** The server counted only up to `total`: there are more matches (ADR 013). */
  totalCapped?: boolean;
  onChange: (page: number) => void;
}

export function PaginationBar({ page, pageSize, total, totalCapped, onChange }: PaginationBarProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const labels = {
    first: t("common.firstPage"),
    previous: t("common.previousPage"),
    next: t("common.nextPage"),
    last: t("common.lastPage"),
  };
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" aria-live="polite">
        {t(totalCapped ? "common.pageOfMore" : "common.pageOf", { total, from, to })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t("common.pagination")}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            withEdges
            siblings={1}
            getControlProps={(control) => ({ "aria-label": labels[control] })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
