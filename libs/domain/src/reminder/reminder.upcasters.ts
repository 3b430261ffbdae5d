import type { UpcasterTable } from '../shared/upcasting';

/** Every reminder event is still at schema version 1. */
export const reminderUpcasters: UpcasterTable = {};
