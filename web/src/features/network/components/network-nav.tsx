import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { AreaSubNav } from "../../../components/area-sub-nav";
import { networkPages } from "../network-pages";

/** The network's sub-areas as a row of links, on top of each sub-area's page. */
export function NetworkNav({ current }: { current?: (typeof networkPages)[number]["key"] }): JSX.Element {
  const { t } = useTranslation();
  return (
    <AreaSubNav
      pages={networkPages}
      label={t("network.nav.label")}
      labelOf={(key) => t(`network.nav.${key}`)}
      current={current}
    />
  );
}
