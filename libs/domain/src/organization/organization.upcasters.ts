import type { UpcasterTable } from '../shared/upcasting';

/** Every organization event is still at schema version 1. */
export const organizationUpcasters: UpcasterTable = {};
