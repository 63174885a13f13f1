import { type CreateUserInput, userSchema } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function createUser(input: CreateUserInput) {
  return apiRequest("/api/users", { method: "POST", body: input, schema: userSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: (user) => storeUser(queryClient, user) });
}
