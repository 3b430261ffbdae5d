import type { UpcasterTable } from '../shared/upcasting';

/** Every membership event is still at schema version 1. */
export const membershipUpcasters: UpcasterTable = {};
