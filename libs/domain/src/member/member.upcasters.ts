import type { UpcasterTable } from '../shared/upcasting';

/** Every member event is still at schema version 1. */
export const memberUpcasters: UpcasterTable = {};
