import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Cancel and save, at the foot of a form in a dialog (save submits the form). */
export function DialogButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={pending}>
        {t("common.save")}
      </Button>
    </Group>
  );
}
