import type { EventFilter } from './event-store.port';

/** `<category>-<tenant>.<id>`: the category is what precedes the first dash, as in EventStoreDB. */
export function streamName(category: string, tenant: string, id: string): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(category)) throw new Error(`invalid stream category: ${category}`);
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(tenant) || tenant.includes('.')) throw new Error(`invalid tenant: ${tenant}`);
  if (id.length === 0) throw new Error('a stream id needs an id part');
  return `${category}-${tenant}.${id}`;
}

export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash < 0 ? streamId : streamId.slice(0, dash);
}

export function tenantOf(streamId: string): string | undefined {
  const dash = streamId.indexOf('-');
  if (dash < 0) return undefined;
  const dot = streamId.indexOf('.', dash + 1);
  return dot < 0 ? undefined : streamId.slice(dash + 1, dot);
}

export function matchesFilter(filter: EventFilter | undefined, streamId: string, type: string): boolean {
  if (!filter) return true;
  if (filter.categories?.length && !filter.categories.includes(categoryOf(streamId))) return false;
  if (filter.tenants?.length) {
    const tenant = tenantOf(streamId);
    if (tenant === undefined || !filter.tenants.includes(tenant)) return false;
  }
  if (filter.eventTypes?.length && !filter.eventTypes.includes(type)) return false;
  return true;
}

/** The filter as one stream-name regular expression (for stores that filter server-side). */
export function streamRegexOf(filter: EventFilter): string | undefined {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const cats = filter.categories?.length ? `(?:${filter.categories.map(esc).join('|')})` : '[^-]+';
  const tenants = filter.tenants?.length ? `(?:${filter.tenants.map(esc).join('|')})\\.` : '';
  if (!filter.categories?.length && !filter.tenants?.length) return undefined;
  return `^${cats}-${tenants}`;
}
