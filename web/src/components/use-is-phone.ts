import { useMediaQuery } from "@mantine/hooks";

/**
 * Below Mantine's "sm" breakpoint (48em): the navbar is a drawer and lists are shown as cards.
 * Read on the first render, so a phone never draws the wide table first.
 */
export function useIsPhone(): boolean {
  return useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
}
