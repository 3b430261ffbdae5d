/** The organization's one stream: `organization-<tenant>.profile`. */
export const ORGANIZATION_PROFILE_ID = 'profile';

/** `organization-<tenant>.<id>`: the category precedes the first dash, as EventStoreDB expects. */
export const toOrganizationStreamId = (tenant: string, id: string = ORGANIZATION_PROFILE_ID): string => `organization-${tenant}.${id}`;
