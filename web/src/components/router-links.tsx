import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

// Mantine components rendered as real router links (<a href>), so they work with the keyboard,
// middle-click and the preloading of route chunks.

type AnchorElementProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style">;

function MantineAnchor(props: AnchorProps & AnchorElementProps & { ref?: Ref<HTMLAnchorElement> }) {
  return <Anchor component="a" {...props} />;
}
const CreatedAnchorLink = createLink(MantineAnchor);
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

function MantineButtonAnchor(props: ButtonProps & AnchorElementProps & { ref?: Ref<HTMLAnchorElement> }) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(MantineButtonAnchor);
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

function MantineNavAnchor(props: NavLinkProps & AnchorElementProps & { ref?: Ref<HTMLAnchorElement> }) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(MantineNavAnchor);
export const NavLinkLink: LinkComponent<typeof MantineNavAnchor> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
