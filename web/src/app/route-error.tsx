import type { ErrorComponentProps } from "@tanstack/react-router";
import { ForbiddenPage } from "../components/forbidden-page";
import { ErrorState } from "../components/query-state";
import { ForbiddenError } from "./guards";

export function RouteError({ error, reset }: ErrorComponentProps) {
  if (error instanceof ForbiddenError) return <ForbiddenPage />;
  return <ErrorState error={error} onRetry={reset} />;
}
