import { Button, Group, Stack } from "@mantine/core";
import {
  type MemberOrganization,
  memberOrganizationInputSchema,
  updateMemberOrganizationInputSchema,
} from "@otagai/shared/network/members";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateMember, useUpdateMember } from "../api/members";
import { emptyMember, type MemberValues, memberInputOf, memberValuesOf } from "../member-values";
import { MemberFields } from "./member-fields";

/** Registers an organization; its page follows. */
export function MemberCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMember();
  const form = useSchemaForm({
    initialValues: emptyMember as MemberValues,
    schema: memberOrganizationInputSchema,
    mutation: create,
    draft: { formKey: "network.member-new" },
    toInput: memberInputOf,
  });
  const submit = form.submit(async (input) => {
    const member = await create.mutateAsync(input);
    await navigate({ to: "/network/members/$id", params: { id: member.id } });
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack maw={960}>
        <MemberFields form={form} />
        <MutationError error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("network.members.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Edits the organization as a whole, with the version it was loaded at (409: someone saved first). */
export function MemberEditForm({ member, onDone }: { member: MemberOrganization; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateMember(member.id);
  const form = useSchemaForm({
    initialValues: memberValuesOf(member),
    schema: updateMemberOrganizationInputSchema,
    mutation: update,
    toInput: (values: MemberValues) => ({ ...memberInputOf(values), version: member.version }),
  });
  const submit = form.submit(async (input) => {
    await update.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack maw={960}>
        <MemberFields form={form} />
        <MutationError error={update.error} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t("network.members.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("network.members.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
