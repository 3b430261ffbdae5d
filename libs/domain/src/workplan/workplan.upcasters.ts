import type { UpcasterTable } from '../shared/upcasting';

/** Every work-plan event is still at schema version 1. */
export const workPlanUpcasters: UpcasterTable = {};
