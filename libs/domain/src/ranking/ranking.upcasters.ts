import type { UpcasterTable } from '../shared/upcasting';

/** Every ranking event is at schema version 1. */
export const rankingUpcasters: UpcasterTable = {};
