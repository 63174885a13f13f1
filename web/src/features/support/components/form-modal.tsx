import { Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useIsPhone } from "../../../components/use-is-phone";

interface FormModalProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A form in a dialog: the whole screen on a phone, so the keyboard leaves room for the inputs. */
export function FormModal({ opened, title, onClose, children }: FormModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ "aria-label": t("support.programs.form.close") }}
      // A click beside the dialog must not throw away what was typed; Escape and the button close it.
      closeOnClickOutside={false}
    >
      {children}
    </Modal>
  );
}
