import { Alert, List } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { placementFields } from "../placement-values";

const formFields = new Set<string>(placementFields);

/** The messages of a refusal that name no input of the form. */
export function unplacedMessages(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const messages = error.fields
    .filter((field) => !formFields.has(field.path.split(".")[1] ?? ""))
    .map((field) => field.message);
  return [...new Set(messages)];
}

/**
 * The server's refusals that no input of the form can show (the case is no longer 支援中, say): in an
 * alert above the buttons, as the server worded them. Those about a field are shown under it.
 */
export function PlacementProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = unplacedMessages(error);
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      title={t("support.placements.problemsTitle")}
      role="alert"
    >
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
