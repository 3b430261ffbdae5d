import type { UpcasterTable } from '../shared/upcasting';

/** Every work event is at schema version 1. */
export const workUpcasters: UpcasterTable = {};
