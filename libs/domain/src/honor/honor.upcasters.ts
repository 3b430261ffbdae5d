import type { UpcasterTable } from '../shared/upcasting';

/** Every honor event is still at schema version 1. */
export const honorUpcasters: UpcasterTable = {};
