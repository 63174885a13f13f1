import { type CSSVariablesResolver, createTheme, type MantineColorsTuple, Modal } from "@mantine/core";

// A calm teal-green. Shades 6–9 stay dark enough for white text and for text on white (WCAG AA).
const otagai: MantineColorsTuple = [
  "#e6f6f2",
  "#cdebe3",
  "#9dd6c6",
  "#69c0a8",
  "#3fa98c",
  "#23917a",
  "#0f7a64",
  "#0b6b57",
  "#085c4a",
  "#054c3d",
];

const fontFamily =
  '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", Meiryo, "Yu Gothic UI", sans-serif';

/**
 * The theme in one language: every dialog's close button (an icon) is named, in that language, so
 * no dialog can leave it unnamed for a screen reader.
 */
export function themeFor(closeLabel: string) {
  return createTheme({
    primaryColor: "otagai",
    primaryShade: 7,
    colors: { otagai },
    fontFamily,
    headings: { fontFamily, fontWeight: "700" },
    focusRing: "auto",
    defaultRadius: "md",
    cursorType: "pointer",
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": closeLabel } } }),
    },
  });
}

// Mantine's default "dimmed" grey is below 4.5:1 on white; office screens need the contrast.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#495057",
    "--mantine-color-placeholder": "#6b7280",
    // Error text under inputs: Mantine's red-6 is about 3.3:1 on white, red-9 is over 6:1.
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
