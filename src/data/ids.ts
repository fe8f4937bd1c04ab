/** Parses an id-list attribute such as "trump, johnson" into ids; undefined when empty. */
export function parseIdList(value: string | null | undefined): string[] | undefined {
  const ids = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ids?.length ? ids : undefined;
}
