import type { UpcasterTable } from '../shared/upcasting';

/** Every grant event is still at schema version 1. */
export const grantUpcasters: UpcasterTable = {};

/** Every grant call event is still at schema version 1. */
export const grantCallUpcasters: UpcasterTable = {};
