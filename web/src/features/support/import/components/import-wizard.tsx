import { Alert, Button, Group, Stack, Stepper, Text, Title } from "@mantine/core";
import type { ImportMapping, ImportPreview, ImportResult, ImportUpload } from "@otagai/shared/import/schemas";
import { IconCircleCheck } from "@tabler/icons-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FileStep } from "./file-step";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";

type Step = "file" | "mapping" | "preview" | "done";
const steps: Step[] = ["file", "mapping", "preview", "done"];

interface ImportWizardProps {
  /** The importer: /api/imports/<kind>/… */
  kind: string;
  /** Help under the column selects. */
  mappingHelp?: string[];
  /** What to offer once the rows are written (a link to the list they went into). */
  doneActions: ReactNode;
  /** The result's text, from the number of records created. */
  doneText: (created: number) => string;
}

/**
 * Spreadsheet import in four steps: choose a file → map its columns → check every row → done.
 * Nothing is written before the last confirmation. Any importer (participants now) uses it.
 */
export function ImportWizard({ kind, mappingHelp, doneActions, doneText }: ImportWizardProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>("file");
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Each step's heading takes the focus, so a screen reader announces where the user now is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  function restart() {
    setUpload(null);
    setPreview(null);
    setResult(null);
    setStep("file");
  }

  return (
    <Stack gap="lg">
      <Stepper active={steps.indexOf(step)} size="sm" allowNextStepsSelect={false} aria-hidden>
        {steps.map((name) => (
          <Stepper.Step key={name} label={t(`support.import.steps.${name}`)} />
        ))}
      </Stepper>
      <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: "none" }}>
        {t("support.import.stepHeading", {
          number: steps.indexOf(step) + 1,
          total: steps.length,
          name: t(`support.import.steps.${step}`),
        })}
      </Title>
      {step === "file" ? (
        <FileStep
          kind={kind}
          onUploaded={(next) => {
            setUpload(next);
            setMapping(next.mapping);
            setPreview(null);
            setStep("mapping");
          }}
        />
      ) : null}
      {step === "mapping" && upload ? (
        <MappingStep
          kind={kind}
          upload={upload}
          mapping={mapping}
          onMappingChange={setMapping}
          help={mappingHelp}
          onPreviewed={(next) => {
            setPreview(next);
            setStep("preview");
          }}
          onBack={restart}
        />
      ) : null}
      {step === "preview" && upload && preview ? (
        <PreviewStep
          kind={kind}
          upload={upload}
          mapping={mapping}
          preview={preview}
          onPreviewed={setPreview}
          onImported={(next) => {
            setResult(next);
            setStep("done");
          }}
          onBackToMapping={() => setStep("mapping")}
          onChooseAnother={restart}
        />
      ) : null}
      {step === "done" && result ? (
        <Stack gap="md">
          <Alert icon={<IconCircleCheck aria-hidden />} title={t("support.import.done.title")} role="status">
            <Text size="sm">{doneText(result.created)}</Text>
          </Alert>
          <Group>
            {doneActions}
            <Button variant="default" onClick={restart}>
              {t("support.import.done.again")}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
