import { ActionIcon, Badge, Button, Group, Paper, Table, Text, TextInput, Title } from "@mantine/core";
import type { ConsultationCategory } from "@otagai/shared/consultation/consultations";
import { IconArrowDown, IconArrowUp, IconPlus } from "@tabler/icons-react";
import { type FormEvent, type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/back-link";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../components/query-state";
import {
  useConsultationCategories,
  useCreateCategory,
  useUpdateCategory,
} from "./api/consultation-categories";
import { categoryLabel } from "./consultation-format";

/** The gap between two categories' sortOrder, so a new one can go between without renumbering. */
const orderStep = 10;

function CategoryName({
  category,
  onRename,
  saving,
}: {
  category: ConsultationCategory;
  onRename: (name: string) => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(category.name);
  // A fixed category keeps its catalog name: shown, never renamed.
  if (category.code) {
    return (
      <Group gap="xs">
        <Text size="sm">{categoryLabel(category, t)}</Text>
        <Badge variant="light" color="gray" c="dark" radius="sm" style={{ textTransform: "none" }}>
          {t("consultation.categories.fixed")}
        </Badge>
      </Group>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== "" && name !== category.name) onRename(name.trim());
      }}
    >
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={t("consultation.categories.nameOf", { name: category.name })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          size="sm"
          w={280}
        />
        <Button
          type="submit"
          size="xs"
          variant="light"
          loading={saving}
          disabled={name.trim() === category.name}
        >
          {t("consultation.categories.rename")}
        </Button>
      </Group>
    </form>
  );
}

/** 相談区分の管理: the desk's categories — add, rename its own, reorder, stop or resume using. */
export function CategoriesPage(): JSX.Element {
  const { t } = useTranslation();
  const categories = useConsultationCategories();
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const [newName, setNewName] = useState("");
  const items = [...(categories.data?.items ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);

  function patch(
    category: ConsultationCategory,
    change: Partial<Pick<ConsultationCategory, "name" | "sortOrder" | "active">>,
  ) {
    // A refusal shows above the table (update.error); the caller learns whether it was saved.
    return update
      .mutateAsync({
        id: category.id,
        name: category.name,
        sortOrder: category.sortOrder,
        active: category.active,
        version: category.version,
        ...change,
      })
      .then(
        () => true,
        () => false,
      );
  }

  /** Moves one place up or down: every category whose place changes gets its new order. */
  async function move(index: number, by: -1 | 1) {
    const order = [...items];
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    for (const [position, category] of order.entries()) {
      const sortOrder = (position + 1) * orderStep;
      if (category.sortOrder !== sortOrder && !(await patch(category, { sortOrder }))) return;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const name = newName.trim();
    if (name === "") return;
    const last = items.at(-1)?.sortOrder ?? 0;
    try {
      await create.mutateAsync({ name, sortOrder: last + orderStep, active: true });
      setNewName("");
    } catch {
      // Shown under the form (create.error).
    }
  }

  return (
    <>
      <BackLink to="/consultation">{t("consultation.form.backToList")}</BackLink>
      <PageHeader title={t("consultation.categories.title")} lead={t("consultation.categories.lead")} />
      {categories.isPending ? <LoadingState /> : null}
      {categories.isError ? (
        <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />
      ) : null}
      <MutationError error={update.error} />
      {categories.data ? (
        <Table.ScrollContainer minWidth={720}>
          <Table captionSide="top" striped verticalSpacing="sm" maw={1000}>
            <Table.Caption ta="left" c="dimmed">
              {t("consultation.categories.heading")}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("consultation.categories.sortOrder")}</Table.Th>
                <Table.Th scope="col">{t("consultation.categories.name")}</Table.Th>
                <Table.Th scope="col">{t("consultation.categories.active")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={3}>{t("consultation.categories.empty")}</Table.Td>
                </Table.Tr>
              ) : null}
              {items.map((category, index) => {
                const label = categoryLabel(category, t);
                return (
                  <Table.Tr key={category.id}>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t("consultation.categories.moveUp", { name: label })}
                          disabled={index === 0 || update.isPending}
                          onClick={() => void move(index, -1)}
                        >
                          <IconArrowUp size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t("consultation.categories.moveDown", { name: label })}
                          disabled={index === items.length - 1 || update.isPending}
                          onClick={() => void move(index, 1)}
                        >
                          <IconArrowDown size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <CategoryName
                        key={`${category.id}:${category.version}`}
                        category={category}
                        saving={update.isPending && update.variables?.id === category.id}
                        onRename={(name) => void patch(category, { name })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Text size="sm" c={category.active ? undefined : "dimmed"}>
                          {category.active
                            ? t("consultation.categories.active")
                            : t("consultation.categories.inactive")}
                        </Text>
                        <Button
                          size="xs"
                          variant="default"
                          disabled={update.isPending}
                          onClick={() => void patch(category, { active: !category.active })}
                          aria-label={`${label}: ${
                            category.active
                              ? t("consultation.categories.deactivate")
                              : t("consultation.categories.activate")
                          }`}
                        >
                          {category.active
                            ? t("consultation.categories.deactivate")
                            : t("consultation.categories.activate")}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Paper component="section" withBorder p="md" mt="lg" maw={640} aria-labelledby="category-add-heading">
        <Title order={2} size="h5" id="category-add-heading" mb="sm">
          {t("consultation.categories.add")}
        </Title>
        <form onSubmit={(event) => void add(event)}>
          <Group align="flex-end">
            <TextInput
              label={t("consultation.categories.addName")}
              value={newName}
              onChange={(event) => setNewName(event.currentTarget.value)}
              maxLength={100}
              required
              w={320}
            />
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={create.isPending}>
              {t("consultation.categories.add")}
            </Button>
          </Group>
        </form>
        <MutationError error={create.error} />
      </Paper>
    </>
  );
}
