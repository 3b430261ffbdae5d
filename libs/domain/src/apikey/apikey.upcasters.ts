import type { UpcasterTable } from '../shared/upcasting';

export const apiKeyUpcasters: UpcasterTable = {};
