import { Button, Group, Stack, Text } from "@mantine/core";
import type { User } from "@otagai/shared/users/schemas";
import { IconLockOpen } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
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
  // The action chosen when the dialog opened: the dialog keeps its words while it fades out.
  const [confirming, setConfirming] = useState(false);
  const [action, setAction] = useState<"disable" | "enable">("disable");
  const disable = useDisableUser();
  const enable = useEnableUser();
  const unlock = useUnlockUser();
  const active = user.status === "active";
  const mutation = action === "disable" ? disable : enable;
  const locked = !!user.lockedUntil && new Date(user.lockedUntil) > new Date();

  async function confirm() {
    try {
      await mutation.mutateAsync(user.id);
      onChanged(action === "disable" ? "disabled" : "enabled");
    } finally {
      setConfirming(false);
    }
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
      <MutationError error={mutation.error} />
      {canManage ? (
        <Group>
          <Button
            variant={active ? "outline" : "filled"}
            color={active ? "red.8" : undefined}
            disabled={isSelf}
            onClick={() => {
              const next = active ? "disable" : "enable";
              disable.reset();
              enable.reset();
              setAction(next);
              setConfirming(true);
            }}
          >
            {active ? t("users.disable") : t("users.enable")}
          </Button>
          {isSelf ? <Text size="sm">{t("errors.CANNOT_CHANGE_SELF")}</Text> : null}
        </Group>
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title={action === "disable" ? t("users.disableConfirmTitle") : t("users.enableConfirmTitle")}
        body={
          action === "disable"
            ? t("users.disableConfirmBody", { name: user.displayName })
            : t("users.enableConfirmBody", { name: user.displayName })
        }
        confirmLabel={action === "disable" ? t("users.disable") : t("users.enable")}
        danger={action === "disable"}
        loading={mutation.isPending}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
