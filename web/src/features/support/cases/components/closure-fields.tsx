import { Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { closureReasons } from "@otagai/shared/support/cases";
import { useTranslation } from "react-i18next";
import { WarekiDateInput } from "../../components/wareki-date-input";
import type { StepFormInputProps } from "./step-form-types";

/** 終結の記録: date, reason and a short outcome summary, sent with the step that closes the case. */
export function ClosureFields({ getInputProps }: { getInputProps: StepFormInputProps }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <WarekiDateInput
          label={t("support.cases.closure.closedOn")}
          required
          {...getInputProps("closure.closedOn")}
        />
        <Select
          label={t("support.cases.closure.reason")}
          required
          data={closureReasons.map((reason) => ({
            value: reason,
            label: t(`support.cases.closureReasons.${reason}`),
          }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...getInputProps("closure.reason")}
        />
      </SimpleGrid>
      <Textarea
        label={t("support.cases.closure.outcomeSummary")}
        autosize
        minRows={3}
        {...getInputProps("closure.outcomeSummary")}
      />
    </Stack>
  );
}
