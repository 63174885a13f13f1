const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that are UUIDs: the audit trail's record ids are text, and a uuid column refuses the rest. */
export function onlyUuids(ids: readonly string[]): string[] {
  return ids.filter((id) => uuidPattern.test(id));
}
