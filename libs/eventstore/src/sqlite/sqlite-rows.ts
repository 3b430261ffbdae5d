import type { EventFilter, RecordedEvent } from '../event-store.port';

export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  created: string;
}

export const EVENT_COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata, created';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    created: row.created,
  };
}

/** The WHERE clause of a filtered $all read, and its shape (to cache the statement by). */
export function filterClause(filter: EventFilter | undefined): { sql: string; params: string[]; shape: string } {
  const parts: string[] = [];
  const params: string[] = [];
  const add = (column: string, values: string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  add('category', filter?.categories);
  add('tenant', filter?.tenants);
  add('type', filter?.eventTypes);
  const sql = parts.length ? ` AND ${parts.join(' AND ')}` : '';
  return { sql, params, shape: sql };
}
