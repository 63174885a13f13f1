import { Alert } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Saved" or "moved to the next step", where the person is working. It takes the focus when it
 * appears: the form or dialog that was in use has just closed, and keyboard and screen-reader users
 * would otherwise be left at the top of the page.
 */
export function StepNotice({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="otagai"
      icon={<IconCircleCheck aria-hidden />}
      role="status"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t("support.cases.ui.page.closeNotice")}
      mb="md"
    >
      {children}
    </Alert>
  );
}
