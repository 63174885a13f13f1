import {
  IconBuildingCommunity,
  IconHandStop,
  IconMessage2Question,
  IconSpeakerphone,
  IconUserStar,
  IconUsersGroup,
} from "@tabler/icons-react";

/** The network's sub-areas, in the order the front page and the navigation row show them. */
export const networkPages = [
  { key: "members", to: "/network/members", icon: IconBuildingCommunity },
  { key: "officers", to: "/network/officers", icon: IconUserStar },
  { key: "prospects", to: "/network/prospects", icon: IconHandStop },
  { key: "meetings", to: "/network/meetings", icon: IconUsersGroup },
  { key: "requests", to: "/network/requests", icon: IconMessage2Question },
  { key: "proposals", to: "/network/proposals", icon: IconSpeakerphone },
] as const;
