import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'assocflow:public';
export const BRANCH_SCOPED = 'assocflow:branch-scoped';
export const ADMIN_ONLY = 'assocflow:admin-only';

/** Needs no key: health and the API's own documentation. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
/** A branch officer may call it for its own branches (the body's organizer.branchId). */
export const BranchScoped = () => SetMetadata(BRANCH_SCOPED, true);
export const AdminOnly = () => SetMetadata(ADMIN_ONLY, true);
