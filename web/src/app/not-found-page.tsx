import { Container, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header";
import { ButtonLink } from "../components/router-links";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <PageHeader title={t("notFound.title")} />
        <Text>{t("notFound.body")}</Text>
        <div>
          <ButtonLink to="/" variant="outline">
            {t("notFound.home")}
          </ButtonLink>
        </div>
      </Stack>
    </Container>
  );
}
