import type { UpcasterTable } from '../shared/upcasting';

/** Every branch event is still at schema version 1. */
export const branchUpcasters: UpcasterTable = {};
