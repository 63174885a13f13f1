import { IconArrowLeft } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { AnchorLink } from "./router-links";

/** The list pages a detail page goes back to (a typed path: a renamed route fails the build). */
type ListPath =
  | "/support/participants"
  | "/support/workplaces"
  | "/support/cases"
  | "/admin/users"
  | "/consultation"
  | "/consultation/startup";

/** "一覧に戻る": back to a list, above the page heading, with the arrow every detail page shows. */
export function BackLink({ to, children }: { to: ListPath; children: ReactNode }) {
  return (
    <AnchorLink
      to={to}
      search={{}}
      size="sm"
      display="inline-flex"
      mb="sm"
      style={{ alignItems: "center", gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {children}
    </AnchorLink>
  );
}
