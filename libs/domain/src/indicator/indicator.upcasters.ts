import type { UpcasterTable } from '../shared/upcasting';

/** Every indicator event is still at schema version 1. */
export const indicatorUpcasters: UpcasterTable = {};
