/**
 * Old event shapes are upcast on read; nothing stored is ever rewritten. An upcaster turns
 * the data of schema version N into version N + 1; the registry chains them up to the latest.
 */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/** type -> version it upgrades from -> upcaster. */
export type UpcasterTable = Readonly<Record<string, Readonly<Record<number, Upcaster>>>>;

export function currentSchemaVersion(table: UpcasterTable, type: string): number {
  const versions = Object.keys(table[type] ?? {}).map(Number);
  return versions.length ? Math.max(...versions) + 1 : 1;
}

export function upcast(
  table: UpcasterTable,
  type: string,
  data: Record<string, unknown>,
  schemaVersion: number,
): { data: Record<string, unknown>; schemaVersion: number } {
  const steps = table[type] ?? {};
  let version = schemaVersion;
  let current = data;
  while (steps[version]) {
    current = steps[version](current);
    version++;
  }
  return { data: current, schemaVersion: version };
}

/** Merges the aggregates' tables; a type upcast by two aggregates is a programming error. */
export function mergeUpcasters(...tables: UpcasterTable[]): UpcasterTable {
  const merged: Record<string, Readonly<Record<number, Upcaster>>> = {};
  for (const table of tables) {
    for (const [type, steps] of Object.entries(table)) {
      if (merged[type]) throw new Error(`two upcaster tables for event type ${type}`);
      merged[type] = steps;
    }
  }
  return merged;
}
