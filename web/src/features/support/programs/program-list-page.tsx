import { Button } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { FormModal } from "../components/form-modal";
import { usePrograms } from "./api/find-programs";
import { ProgramCreateForm } from "./components/program-form";
import { ProgramTable } from "./components/program-table";

/** The programs (事業) with this fiscal year's contract; managers add programs here. */
export function ProgramListPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const programs = usePrograms();
  const [creating, setCreating] = useState(false);
  const canManage = roleHas(user.role, "programs.manage");

  return (
    <>
      <PageHeader
        title={t("support.programs.title")}
        lead={t("support.programs.lead")}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t("support.programs.newProgram")}
            </Button>
          ) : null
        }
      />
      {programs.isPending ? <LoadingState /> : null}
      {programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : null}
      {programs.data ? <ProgramTable programs={programs.data.items} /> : null}
      {canManage ? (
        <FormModal
          opened={creating}
          title={t("support.programs.form.createTitle")}
          onClose={() => setCreating(false)}
        >
          <ProgramCreateForm
            onCreated={(program) => {
              setCreating(false);
              void navigate({
                to: "/support/programs/$id",
                params: { id: program.id },
                search: { created: true },
              });
            }}
            onCancel={() => setCreating(false)}
          />
        </FormModal>
      ) : null}
    </>
  );
}
