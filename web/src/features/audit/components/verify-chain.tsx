import { Alert, Button, Stack } from "@mantine/core";
import { IconAlertTriangle, IconShieldCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../components/query-state";
import { useVerifyAuditChain } from "../api/verify-audit-chain";

/** Re-computes the hash chain of the audit trail on the server and says whether it is intact. */
export function VerifyChain() {
  const { t } = useTranslation();
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <Stack gap="sm" mb="lg">
      <div>
        <Button
          variant="outline"
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t("audit.verify")}
        </Button>
      </div>
      <div aria-live="polite">
        {result?.ok ? (
          <Alert color="otagai" icon={<IconShieldCheck aria-hidden />} title={t("audit.verifyOkTitle")}>
            {t("audit.verifyOk", { checked: result.checked })}
          </Alert>
        ) : null}
        {result && !result.ok ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t("audit.verifyBrokenTitle")}>
            {t("audit.verifyBroken", {
              id: result.firstBrokenId ?? "?",
              checked: result.checked,
              reason: result.reason ? t(`audit.reasons.${result.reason}`) : "?",
            })}
          </Alert>
        ) : null}
        <MutationError error={verify.error} />
      </div>
    </Stack>
  );
}
