import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType, UseFormReturnType } from "@mantine/form";
import { normalizePostalCode } from "@otagai/shared/japanese/postal-code";
import type { PostalAddress } from "@otagai/shared/postal-codes/schemas";
import { IconMapPinSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../app/api-client";
import { useLookupPostalCode } from "./lookup-postal-code";

/** The fields a form with an address lookup has; `area` only where the form keeps the municipality. */
type AddressValues = { postalCode: string; address: string; area: string };

/**
 * The postal code field of a form with `postalCode` and `address` (and `area`, the municipality
 * the lists filter by, when `fillArea`): a match fills them, a failed lookup is the field's error.
 */
export function FormPostalCodeField<V extends { postalCode: string; address: string }>({
  form,
  fillArea = false,
}: {
  form: UseFormReturnType<V>;
  fillArea?: boolean;
}) {
  // V extends the address fields: their values are strings whatever else the form holds.
  const address = form as unknown as UseFormReturnType<AddressValues>;
  return (
    <PostalCodeField
      input={address.getInputProps("postalCode")}
      value={address.getValues().postalCode}
      onAddress={(text, found) => {
        address.setFieldValue("address", text);
        // The area the lists filter by: the municipality and ward (横浜市港北区).
        if (fillArea) address.setFieldValue("area", found.city);
        address.clearFieldError("postalCode");
      }}
      onError={(message) => address.setFieldError("postalCode", message)}
    />
  );
}

interface PostalCodeFieldProps {
  input: GetInputPropsReturnType;
  /** The postal code as typed now. */
  value: string;
  /** Puts the chosen address (prefecture, city, town) in the address field; `found` has its parts. */
  onAddress: (address: string, found: PostalAddress) => void;
  onError: (message: string) => void;
}

function addressText(address: PostalAddress) {
  return `${address.prefecture}${address.city}${address.town}`;
}

/**
 * The postal code with a button that looks its address up (GET /api/postal-codes/:code, data
 * shipped with the app): one match fills the address, several are offered to choose from.
 */
export function PostalCodeField({ input, value, onAddress, onError }: PostalCodeFieldProps) {
  const { t } = useTranslation();
  const lookup = useLookupPostalCode();
  const [choices, setChoices] = useState<PostalAddress[]>([]);
  const [message, setMessage] = useState("");

  function choose(address: PostalAddress) {
    onAddress(addressText(address), address);
    setChoices([]);
    setMessage(t("postalCode.filled"));
  }

  async function find() {
    setChoices([]);
    setMessage("");
    const code = normalizePostalCode(value);
    if (!code) {
      onError(value.trim() === "" ? t("validation.required") : t("validation.invalidPostalCode"));
      return;
    }
    try {
      const { items } = await lookup.mutateAsync(code);
      if (items.length === 0) onError(t("postalCode.notFound"));
      else if (items.length === 1 && items[0]) choose(items[0]);
      else setChoices(items);
    } catch (error) {
      onError(isApiError(error) && error.status !== 0 ? error.message : t("postalCode.failed"));
    }
  }

  return (
    <Stack gap={6}>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={t("postalCode.label")}
          description={t("postalCode.help")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          autoComplete="off"
          inputMode="numeric"
          style={{ flex: "1 1 auto" }}
          {...input}
          onKeyDown={(event) => {
            // Enter in this box looks the address up rather than sending the whole form.
            if (event.key === "Enter") {
              event.preventDefault();
              void find();
            }
          }}
        />
        <Button
          variant="default"
          mt={25}
          onClick={() => void find()}
          loading={lookup.isPending}
          leftSection={<IconMapPinSearch size={16} aria-hidden />}
          aria-label={t("postalCode.lookupLabel")}
        >
          {t("postalCode.lookup")}
        </Button>
      </Group>
      {choices.length > 0 ? (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <Text component="legend" size="sm" fw={600} mb={4}>
            {t("postalCode.choose")}
          </Text>
          <Group gap="xs">
            {choices.map((address) => (
              <Button key={addressText(address)} size="xs" variant="light" onClick={() => choose(address)}>
                {addressText(address)}
              </Button>
            ))}
          </Group>
        </fieldset>
      ) : null}
      <Text size="sm" c="dimmed" role="status">
        {message}
      </Text>
    </Stack>
  );
}
