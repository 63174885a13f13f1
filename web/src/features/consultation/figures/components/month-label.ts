import { useTranslation } from "react-i18next";

/** "2026-04" as people read a month: 2026年4月 / 2026-04. */
export function useMonthLabel() {
  const { t } = useTranslation();
  return (month: string) =>
    t("consultation.figures.month", {
      year: month.slice(0, 4),
      month: Number(month.slice(5, 7)),
      mm: month.slice(5, 7),
    });
}
