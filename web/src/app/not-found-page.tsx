import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header";
import { ButtonLink } from "../components/router-links";

/** "Not found", inside the layout (an unknown address, or a record that does not exist). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={720} gap={0}>
      <PageHeader title={t("notFound.title")} />
      <Text mb="md">{t("notFound.body")}</Text>
      <div>
        <ButtonLink to="/" variant="outline">
          {t("notFound.home")}
        </ButtonLink>
      </div>
    </Stack>
  );
}
