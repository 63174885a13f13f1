import type { ProposalInput } from "@otagai/shared/network/proposals";
import { useNavigate } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useCreateProposal } from "./api/proposals";
import { ProposalForm } from "./components/proposal-forms";

/** Starts a proposal (a draft), then shows it. */
export function ProposalNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProposal();
  async function save(input: ProposalInput) {
    const created = await create.mutateAsync(input);
    await navigate({ to: "/network/proposals/$id", params: { id: created.id } });
  }
  return (
    <>
      <AnchorLink to="/network/proposals" size="sm" display="inline-block" mb="sm">
        {t("network.proposals.backToList")}
      </AnchorLink>
      <PageHeader title={t("network.proposals.newProposalTitle")} />
      <ProposalForm
        mutation={create}
        onSave={save}
        onCancel={() => void navigate({ to: "/network/proposals" })}
      />
    </>
  );
}
