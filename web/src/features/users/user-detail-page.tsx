import { Alert, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../app/api-client";
import { NotFoundPage } from "../../app/not-found-page";
import { useCurrentUser } from "../../app/session";
import { formatDateTime } from "../../components/format";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingState } from "../../components/query-state";
import { isUserId, useUser } from "./api/get-user";
import { BackToListLink } from "./components/back-to-list-link";
import { ResetPasswordSection } from "./components/reset-password-section";
import { UserEditForm } from "./components/user-edit-form";
import { UserStatusSection } from "./components/user-status-section";

const routeApi = getRouteApi("/_authenticated/admin/users/$id");

type Notice = "created" | "saved" | "disabled" | "enabled" | "unlocked";

function Detail({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function UserDetailPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const user = useUser(id);
  // The edit form keeps the version it was opened with; a new generation re-opens it on fresh data.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(search.created ? "created" : null);
  const canManage = roleHas(me.role, "users.manage");

  async function reload() {
    setNotice(null);
    await user.refetch();
    setGeneration((value) => value + 1);
  }

  const noticeText: Record<Notice, string> = {
    created: t("users.created"),
    saved: t("common.saved"),
    disabled: t("users.disabled"),
    enabled: t("users.enabled"),
    unlocked: t("users.unlocked"),
  };

  // An address that names no user (mistyped, or a deleted record) is "not found", not a form error.
  if (!isUserId(id) || (isApiError(user.error) && user.error.status === 404)) return <NotFoundPage />;

  return (
    <>
      <BackToListLink />
      <PageHeader
        title={user.data ? user.data.displayName : t("users.detailTitle")}
        lead={user.data?.email}
      />
      {user.isPending ? <LoadingState /> : null}
      {user.isError ? <ErrorState error={user.error} onRetry={() => void user.refetch()} /> : null}
      {user.data ? (
        <Stack gap="lg" maw={900}>
          {notice ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("common.cancel")}
            >
              {noticeText[notice]}
            </Alert>
          ) : null}
          <Paper withBorder p="lg">
            <UserEditForm
              key={`${id}:${generation}`}
              user={user.data}
              canManage={canManage}
              isSelf={user.data.id === me.id}
              onSaved={() => {
                setNotice("saved");
                setGeneration((value) => value + 1);
              }}
              onReload={() => void reload()}
            />
          </Paper>
          <Paper component="section" withBorder p="lg" aria-labelledby="user-status-heading">
            <Title order={2} size="h4" mb="sm" id="user-status-heading">
              {t("users.statusSection")}
            </Title>
            <UserStatusSection
              user={user.data}
              isSelf={user.data.id === me.id}
              canManage={canManage}
              onChanged={(change) => {
                setNotice(change);
                setGeneration((value) => value + 1);
              }}
            />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="md">
              <Detail label={t("users.lastLogin")}>
                {user.data.lastLoginAt
                  ? formatDateTime(user.data.lastLoginAt, i18n.language)
                  : t("users.never")}
              </Detail>
              <Detail label={t("users.createdAt")}>
                {formatDateTime(user.data.createdAt, i18n.language)}
              </Detail>
              <Detail label={t("users.updatedAt")}>
                {formatDateTime(user.data.updatedAt, i18n.language)}
              </Detail>
              <Detail label={t("users.version")}>{String(user.data.version)}</Detail>
            </SimpleGrid>
          </Paper>
          {canManage ? (
            <Paper component="section" withBorder p="lg" aria-labelledby="user-reset-heading">
              <Title order={2} size="h4" mb="sm" id="user-reset-heading">
                {t("users.resetSection")}
              </Title>
              <ResetPasswordSection userId={user.data.id} />
            </Paper>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
