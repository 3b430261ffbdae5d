import type { UpcasterTable } from '../shared/upcasting';

/** Every operations event is at schema version 1. */
export const operationsUpcasters: UpcasterTable = {};
