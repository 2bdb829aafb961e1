// Books as comparable text: bigint amounts marked, maps as sorted lists of their entries, so that
// two scans' books (Maps of years, balances, months) can be compared with toBe.
export const serializeBooks = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'bigint'
      ? `${v}n`
      : v instanceof Map
        ? [...v].sort(([a], [b]) => String(a).localeCompare(String(b)))
        : v,
  );
