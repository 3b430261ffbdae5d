import type { UpcasterTable } from '../shared/upcasting';

/** Every alliance event is at schema version 1. */
export const allianceUpcasters: UpcasterTable = {};
