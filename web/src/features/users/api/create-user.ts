import type { CreateUserInput, User } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function createUser(input: CreateUserInput) {
  return apiRequest<User>("/api/users", { method: "POST", body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: (user) => storeUser(queryClient, user) });
}
