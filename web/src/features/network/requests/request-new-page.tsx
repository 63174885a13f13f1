import type { NetworkRequestInput } from "@otagai/shared/network/requests";
import { useNavigate } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useCreateNetworkRequest } from "./api/requests";
import { RequestForm } from "./components/request-form";

/** Records a request, then shows it. */
export function RequestNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateNetworkRequest();

  async function save(input: NetworkRequestInput) {
    const created = await create.mutateAsync(input);
    await navigate({ to: "/network/requests/$id", params: { id: created.id }, search: { saved: true } });
  }

  return (
    <>
      <AnchorLink to="/network/requests" search={{}} size="sm" display="inline-block" mb="sm">
        {t("network.requests.backToList")}
      </AnchorLink>
      <PageHeader title={t("network.requests.newTitle")} />
      <RequestForm
        mutation={create}
        onSave={save}
        onCancel={() => void navigate({ to: "/network/requests" })}
      />
    </>
  );
}
