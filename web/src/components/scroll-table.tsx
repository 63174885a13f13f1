import { Table } from "@mantine/core";
import type { ReactNode } from "react";

type Props = {
  minWidth: number;
  children: ReactNode;
} & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never });

/**
 * A table that scrolls sideways on a narrow screen (a partner's phone). The scrolling area is a
 * named, focusable region, so a keyboard user can reach and scroll it too (axe:
 * scrollable-region-focusable) and a screen reader hears what it holds.
 */
export function ScrollTable({ minWidth, children, label, labelledBy }: Props) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportProps: {
          tabIndex: 0,
          role: "region",
          ...(label ? { "aria-label": label } : { "aria-labelledby": labelledBy }),
        },
      }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
