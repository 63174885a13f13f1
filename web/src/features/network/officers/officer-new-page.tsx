import type { OfficerInput, SavedOfficer } from "@otagai/shared/network/officers";
import { useNavigate } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useCreateOfficer } from "./api/officers";
import { OfficerForm } from "./components/officer-form";
import { OfficerOverlaps } from "./components/officer-overlaps";

/** Adds a term, then shows it; a one-seat role held by someone else on the same days is shown first. */
export function OfficerNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOfficer();
  const [overlapping, setOverlapping] = useState<SavedOfficer | null>(null);

  async function save(input: OfficerInput) {
    const saved = await create.mutateAsync(input);
    if (saved.overlaps.length > 0) {
      setOverlapping(saved);
      return;
    }
    await navigate({
      to: "/network/officers/$id",
      params: { id: saved.officer.id },
      search: { saved: true },
    });
  }

  return (
    <>
      <AnchorLink to="/network/officers" search={{}} size="sm" display="inline-block" mb="sm">
        {t("network.officers.backToList")}
      </AnchorLink>
      <PageHeader title={t("network.officers.newTitle")} />
      {overlapping ? (
        <OfficerOverlaps overlaps={overlapping.overlaps}>
          <ButtonLink
            mt="sm"
            variant="default"
            to="/network/officers/$id"
            params={{ id: overlapping.officer.id }}
            search={{}}
          >
            {t("network.officers.openSaved")}
          </ButtonLink>
        </OfficerOverlaps>
      ) : (
        <OfficerForm
          mutation={create}
          onSave={save}
          onCancel={() => void navigate({ to: "/network/officers", search: {} })}
        />
      )}
    </>
  );
}
