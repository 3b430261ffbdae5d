import type { UpcasterTable } from '../shared/upcasting';

/**
 * Every operations event is at schema version 1. A figure's `parts` (其中, issue 11) came later
 * and is optional: an event stored without them is still a valid version 1, nothing to upcast.
 */
export const operationsUpcasters: UpcasterTable = {};
