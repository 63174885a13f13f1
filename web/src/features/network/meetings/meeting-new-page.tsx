import type { MeetingInput } from "@otagai/shared/network/meetings";
import { useNavigate } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { useCreateMeeting } from "./api/meetings";
import { MeetingForm } from "./components/meeting-form";

/** Records a meeting, then shows it. */
export function MeetingNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();

  async function save(input: MeetingInput) {
    const created = await create.mutateAsync(input);
    await navigate({ to: "/network/meetings/$id", params: { id: created.id } });
  }

  return (
    <>
      <PageHeader title={t("network.meetings.newTitle")} />
      <MeetingForm
        mutation={create}
        onSave={save}
        onCancel={() => void navigate({ to: "/network/meetings" })}
      />
    </>
  );
}
