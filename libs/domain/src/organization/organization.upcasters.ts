import type { UpcasterTable } from '../shared/upcasting';

/** Every organization event is still at schema version 1 (a regulation's `set`, issue 11, is optional: older events stay valid). */
export const organizationUpcasters: UpcasterTable = {};
