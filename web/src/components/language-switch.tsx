import { SegmentedControl } from "@mantine/core";
import { type Locale, locales } from "@otagai/shared/platform/locales";
import { useTranslation } from "react-i18next";
import { isLocale } from "../app/i18n";

interface LanguageSwitchProps {
  value: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
}

/** ja / English as a labelled radio group; each option names itself in its own language. */
export function LanguageSwitch({ value, onChange, disabled }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t("layout.language")}
      value={value}
      disabled={disabled}
      onChange={(next) => {
        if (isLocale(next)) onChange(next);
      }}
      data={locales.map((locale) => ({
        value: locale,
        label: <span lang={locale}>{t(`locales.${locale}`)}</span>,
      }))}
    />
  );
}
