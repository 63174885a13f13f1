import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export function resetUserPassword(id: string, newPassword: string) {
  return apiRequest(`/api/users/${encodeURIComponent(id)}/password`, {
    method: "POST",
    body: { newPassword },
  });
}

export function useResetUserPassword(id: string) {
  return useMutation({ mutationFn: (newPassword: string) => resetUserPassword(id, newPassword) });
}
