import type { UpcasterTable } from '../shared/upcasting';

/** Every channels event is still at schema version 1. */
export const channelsUpcasters: UpcasterTable = {};
