import type { GetInputPropsReturnType } from "@mantine/form";

/** A form's getInputProps, passed to the pieces of a step form (paths like "closure.reason"). */
export type StepFormInputProps = (path: string) => GetInputPropsReturnType;
