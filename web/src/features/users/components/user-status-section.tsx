import { Button, Group, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import type { User } from "@otagai/shared/users/schemas";
import { IconLockOpen } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format";
import { MutationError } from "../../../components/query-state";
import { useDisableUser } from "../api/disable-user";
import { useEnableUser } from "../api/enable-user";
import { useUnlockUser } from "../api/unlock-user";
import { UserStatusBadge } from "./user-status-badge";

interface UserStatusSectionProps {
  user: User;
  isSelf: boolean;
  canManage: boolean;
  onChanged: (change: "disabled" | "enabled" | "unlocked") => void;
}

export function UserStatusSection({ user, isSelf, canManage, onChanged }: UserStatusSectionProps) {
  const { t, i18n } = useTranslation();
  const disable = useDisableUser();
  const enable = useEnableUser();
  const unlock = useUnlockUser();
  const active = user.status === "active";
  const locked = !!user.lockedUntil && new Date(user.lockedUntil) > new Date();

  /** Disabling ends the person's sessions at once: asked first, in Mantine's confirm modal. */
  function askToChangeStatus() {
    const disabling = active;
    const mutation = disabling ? disable : enable;
    disable.reset();
    enable.reset();
    modals.openConfirmModal({
      title: disabling ? t("users.disableConfirmTitle") : t("users.enableConfirmTitle"),
      centered: true,
      closeButtonProps: { "aria-label": t("common.cancel") },
      children: (
        <Text>
          {disabling
            ? t("users.disableConfirmBody", { name: user.displayName })
            : t("users.enableConfirmBody", { name: user.displayName })}
        </Text>
      ),
      labels: { confirm: disabling ? t("users.disable") : t("users.enable"), cancel: t("common.cancel") },
      confirmProps: { color: disabling ? "red.8" : undefined },
      onConfirm: () =>
        mutation.mutate(user.id, { onSuccess: () => onChanged(disabling ? "disabled" : "enabled") }),
    });
  }

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <UserStatusBadge status={user.status} />
        {locked ? (
          <Text size="sm">
            {t("users.lockedUntil", { time: formatDateTime(user.lockedUntil, i18n.language) })}
          </Text>
        ) : null}
        {locked && canManage ? (
          // Lifting a lock only lets the person try their password again: no confirmation needed.
          <Button
            size="xs"
            variant="outline"
            leftSection={<IconLockOpen size={14} aria-hidden />}
            loading={unlock.isPending}
            onClick={() => unlock.mutate(user.id, { onSuccess: () => onChanged("unlocked") })}
          >
            {t("users.unlock")}
          </Button>
        ) : null}
      </Group>
      <MutationError error={unlock.error} />
      <MutationError error={disable.error ?? enable.error} />
      {canManage ? (
        <Group>
          <Button
            variant={active ? "outline" : "filled"}
            color={active ? "red.8" : undefined}
            disabled={isSelf}
            loading={disable.isPending || enable.isPending}
            onClick={askToChangeStatus}
          >
            {active ? t("users.disable") : t("users.enable")}
          </Button>
          {isSelf ? <Text size="sm">{t("errors.CANNOT_CHANGE_SELF")}</Text> : null}
        </Group>
      ) : null}
    </Stack>
  );
}
