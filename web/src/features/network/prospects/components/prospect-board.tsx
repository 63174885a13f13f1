import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { ActionIcon, Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import {
  movableStages,
  type ProspectStage,
  type ProspectSummary,
  prospectStages,
} from "@otagai/shared/network/prospects";
import { IconGripVertical } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";

interface BoardProps {
  items: ProspectSummary[];
  canWrite: boolean;
  onMove: (prospect: ProspectSummary, stage: ProspectStage) => void;
}

function Card({ prospect, canWrite, onMove }: { prospect: ProspectSummary } & Omit<BoardProps, "items">) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: prospect.id,
    data: { stage: prospect.stage },
    disabled: !canWrite,
  });
  const choices = movableStages(prospect.stage, prospect.workplaceId !== null);
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      shadow={isDragging ? "md" : undefined}
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        position: "relative",
      }}
      data-testid="prospect-card"
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {canWrite ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t("network.prospects.dnd.handle", { name: prospect.name })}
              {...attributes}
              {...listeners}
              style={{ cursor: "grab", touchAction: "none" }}
            >
              <IconGripVertical size={16} aria-hidden />
            </ActionIcon>
          ) : null}
          <AnchorLink to="/network/prospects/$id" params={{ id: prospect.id }} fw={600}>
            {prospect.name}
          </AnchorLink>
        </Group>
        {prospect.memberOrganizationId ? (
          <Badge variant="light" size="sm" w="fit-content">
            {t("network.prospects.member")}
          </Badge>
        ) : null}
        <Text size="sm">
          {t("network.prospects.owner")}: {prospect.ownerName ?? t("network.prospects.noOwner")}
        </Text>
        <Text size="sm">
          {t("network.prospects.latestContact")}:{" "}
          {prospect.latestContact
            ? `${prospect.latestContact.contactedOn}（${t(`network.prospects.methods.${prospect.latestContact.method}`)}）`
            : t("network.prospects.noContact")}
        </Text>
        {prospect.nextStep ? (
          <Text size="sm">
            {t("network.prospects.nextStep")}: {prospect.nextStep.step}
            {prospect.nextStep.on ? `（${prospect.nextStep.on}）` : ""}
          </Text>
        ) : null}
        {canWrite ? (
          <NativeSelect
            size="xs"
            aria-label={t("network.prospects.moveToLabel", { name: prospect.name })}
            value=""
            onChange={(event) => {
              const stage = event.currentTarget.value as ProspectStage;
              if (stage) onMove(prospect, stage);
            }}
            data={[
              { value: "", label: t("network.prospects.moveTo") },
              ...choices.map((stage) => ({ value: stage, label: t(`network.prospects.stages.${stage}`) })),
            ]}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

function Column({
  stage,
  children,
  count,
}: {
  stage: ProspectStage;
  children: JSX.Element[];
  count: number;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const headingId = `prospect-stage-${stage}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="xs"
      bg={isOver ? "blue.0" : "gray.0"}
      mih={160}
    >
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t(`network.prospects.stages.${stage}`)} ({count})
      </Title>
      <Stack gap="xs">
        {children.length > 0 ? (
          children
        ) : (
          <Text size="sm" c="dimmed">
            {t("network.prospects.noProspects")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const arrowSteps: Partial<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * The keyboard's move: each arrow goes to the next or previous stage's column (dnd-kit's default
 * moves 25 px a press, which would take a dozen presses per column).
 */
const stageByStage: KeyboardCoordinateGetter = (event, { context }) => {
  const step = arrowSteps[event.code];
  if (step === undefined) return undefined;
  event.preventDefault();
  const from = (context.over?.id ?? context.active?.data.current?.stage) as ProspectStage | undefined;
  const index = from ? prospectStages.indexOf(from) : 0;
  const target = prospectStages[Math.min(Math.max(index + step, 0), prospectStages.length - 1)];
  const rect = target ? context.droppableRects.get(target) : undefined;
  if (!rect) return undefined;
  return { x: rect.left + 8, y: rect.top + 40 };
};

/**
 * The board by stage: drag a card by its handle (pointer, or keyboard through dnd-kit's
 * KeyboardSensor: Space, arrows, Space) or use the card's "move to stage" select (keyboard and phone).
 */
export function ProspectBoard({ items, canWrite, onMove }: BoardProps): JSX.Element {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: stageByStage }),
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? "";
  const stageName = (id: string | number | undefined) =>
    id ? t(`network.prospects.stages.${String(id) as ProspectStage}`) : "";
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("network.prospects.dnd.start", { name: nameOf(active.id) }),
    onDragOver: ({ over }) =>
      over ? t("network.prospects.dnd.over", { stage: stageName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t("network.prospects.dnd.drop", { name: nameOf(active.id), stage: stageName(over.id) })
        : t("network.prospects.dnd.outside"),
    onDragCancel: () => t("network.prospects.dnd.cancel"),
  };

  function dropped(event: DragEndEvent) {
    const prospect = byId.get(String(event.active.id));
    const stage = event.over?.id as ProspectStage | undefined;
    if (prospect && stage && stage !== prospect.stage) onMove(prospect, stage);
  }

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={dropped}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t("network.prospects.dragHint") },
      }}
    >
      <SimpleGrid
        cols={{ base: 1, sm: 3, xl: 6 }}
        spacing="sm"
        aria-label={t("network.prospects.boardLabel")}
      >
        {prospectStages.map((stage) => {
          const cards = items.filter((item) => item.stage === stage);
          return (
            <Column key={stage} stage={stage} count={cards.length}>
              {cards.map((prospect) => (
                <Card key={prospect.id} prospect={prospect} canWrite={canWrite} onMove={onMove} />
              ))}
            </Column>
          );
        })}
      </SimpleGrid>
    </DndContext>
  );
}
