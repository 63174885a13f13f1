import { Badge, List, Table, Text } from "@mantine/core";
import type { ImportField, ImportPreviewRow, ImportProblem } from "@otagai/shared/import/schemas";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../../components/card-list";
import { useIsPhone } from "../../../../components/use-is-phone";
import { labelOf } from "./import-values";

interface ImportRowsTableProps {
  caption: string;
  rows: ImportPreviewRow[];
  /** The fields the mapping reads (columns of the table). */
  fields: ImportField[];
}

function problemText(problem: ImportProblem, fields: ImportField[], t: TFunction): string {
  const field = fields.find((candidate) => candidate.key === problem.field);
  return field ? `${labelOf(t, field.labelKey)}: ${problem.message}` : problem.message;
}

function Problems({ row, fields }: { row: ImportPreviewRow; fields: ImportField[] }) {
  const { t } = useTranslation();
  if (row.problems.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("support.import.preview.noProblem")}
      </Text>
    );
  return (
    <List size="sm" c="red.9" spacing={2}>
      {row.problems.map((problem) => (
        <List.Item key={`${problem.field}-${problem.code}`}>{problemText(problem, fields, t)}</List.Item>
      ))}
    </List>
  );
}

/** On a phone each row is a card: its number, its problems, then the values read. */
function RowCards({ caption, rows, fields }: ImportRowsTableProps) {
  const { t } = useTranslation();
  return (
    <CardList label={caption} items={rows} itemKey={(row) => row.line}>
      {(row) => (
        <>
          <Badge variant="light" color={row.problems.length > 0 ? "red" : "gray"} mb={4}>
            {t("support.import.preview.rowLabel", { line: row.line })}
          </Badge>
          <Problems row={row} fields={fields} />
          {fields.map((field) => {
            const bad = row.problems.some((problem) => problem.field === field.key);
            // An empty cell is worth a line only when it is the problem.
            if (!bad && !row.values[field.key]) return null;
            return (
              <Text key={field.key} size="sm" c={bad ? "red.9" : undefined} fw={bad ? 600 : undefined}>
                {labelOf(t, field.labelKey)}: {row.values[field.key] ?? ""}
              </Text>
            );
          })}
        </>
      )}
    </CardList>
  );
}

/** The rows of a preview, each with its problems; a cell with a problem is marked in red. */
export function ImportRowsTable(props: ImportRowsTableProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { caption, rows, fields } = props;
  if (isPhone) return <RowCards {...props} />;
  return (
    // Focusable and named: a keyboard can scroll the wide table, a screen reader says what it is.
    <Table.ScrollContainer
      type="native"
      minWidth={Math.max(640, fields.length * 120 + 360)}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table captionSide="top" striped verticalSpacing="xs" fz="sm">
        <Table.Caption ta="left" c="dimmed">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("support.import.preview.line")}</Table.Th>
            <Table.Th scope="col" miw={240}>
              {t("support.import.preview.problems")}
            </Table.Th>
            {fields.map((field) => (
              <Table.Th key={field.key} scope="col">
                {labelOf(t, field.labelKey)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Th scope="row" fw={400}>
                {row.line}
              </Table.Th>
              <Table.Td>
                <Problems row={row} fields={fields} />
              </Table.Td>
              {fields.map((field) => {
                const bad = row.problems.some((problem) => problem.field === field.key);
                return (
                  <Table.Td
                    key={field.key}
                    bg={bad ? "var(--mantine-color-red-light)" : undefined}
                    c={bad ? "red.9" : undefined}
                    fw={bad ? 600 : undefined}
                  >
                    {row.values[field.key] ?? ""}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
