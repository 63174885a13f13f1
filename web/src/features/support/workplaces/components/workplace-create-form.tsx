import { Button, Group, Stack } from "@mantine/core";
import { createWorkplaceInputSchema } from "@otagai/shared/support/workplaces";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateWorkplace } from "../api/create-workplace";
import { emptyWorkplace, type WorkplaceValues, workplaceInputOf } from "../workplace-values";
import { WorkplaceFields } from "./workplace-fields";

/** Registers a workplace; the page of the new workplace follows, where its certification is added. */
export function WorkplaceCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateWorkplace();
  const form = useSchemaForm({
    initialValues: emptyWorkplace as WorkplaceValues,
    schema: createWorkplaceInputSchema,
    mutation: create,
    // A long form: kept as a server draft while typed, offered back after a closed tab or a crash.
    draft: { formKey: "support.workplace-new" },
    toInput: workplaceInputOf,
  });

  const submit = form.submit(async (input) => {
    const workplace = await create.mutateAsync(input);
    await navigate({
      to: "/support/workplaces/$id",
      params: { id: workplace.id },
      search: { created: true },
    });
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack maw={960}>
        <WorkplaceFields form={form} />
        <MutationError error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("support.workplaces.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
