import type { AreaKey } from "@otagai/shared/platform/areas";
import {
  IconBuildingCommunity,
  IconBuildingStore,
  IconChartBar,
  IconCoffee,
  IconHeartHandshake,
  IconLayoutDashboard,
  IconMessages,
  IconNews,
  IconRecycle,
  IconSettings,
} from "@tabler/icons-react";

export const areaIcons: Record<AreaKey, typeof IconSettings> = {
  dashboard: IconLayoutDashboard,
  support: IconHeartHandshake,
  consultation: IconMessages,
  network: IconBuildingCommunity,
  community: IconCoffee,
  recycling: IconRecycle,
  reports: IconChartBar,
  publications: IconNews,
  admin: IconSettings,
  portal: IconBuildingStore,
};
