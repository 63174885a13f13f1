import type { PolicyIssueInput } from "@otagai/shared/network/proposals";
import { useNavigate } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useCreatePolicyIssue } from "./api/proposals";
import { IssueForm } from "./components/issue-forms";

/** Records an issue, then shows it (to add evidence). */
export function IssueNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePolicyIssue();
  async function save(input: PolicyIssueInput) {
    const created = await create.mutateAsync(input);
    await navigate({ to: "/network/policy-issues/$id", params: { id: created.id } });
  }
  return (
    <>
      <AnchorLink to="/network/proposals" size="sm" display="inline-block" mb="sm">
        {t("network.proposals.backToList")}
      </AnchorLink>
      <PageHeader title={t("network.proposals.newIssueTitle")} />
      <IssueForm
        mutation={create}
        onSave={save}
        onCancel={() => void navigate({ to: "/network/proposals" })}
      />
    </>
  );
}
