import type { UpcasterTable } from '../shared/upcasting';

/** Every report event is still at schema version 1. */
export const reportUpcasters: UpcasterTable = {};
