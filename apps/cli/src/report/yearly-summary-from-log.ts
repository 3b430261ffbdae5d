import type { EventStore } from '@assocflow/eventstore';
import { completePage, toProjectedEvent, type Projection } from '@assocflow/projections';
import { yearlySummaryProjection, type YearlySummaryDocument } from '@assocflow/projections/yearly-summary';

const PAGE = 2000;

/**
 * One document of a projection folded straight from the event log, as the projection would
 * build it, so a report needs neither a worker nor Redis. Reads only the tenant's streams and
 * the event types the projection handles, a page at a time.
 */
export async function documentFromLog<Doc>(
  store: EventStore,
  projection: Projection<Doc>,
  tenant: string,
  key: string,
): Promise<Doc | undefined> {
  let doc: Doc | undefined;
  let from: bigint | 'start' = 'start';
  for (;;) {
    const page = await store.readAll({
      fromPosition: from,
      maxCount: PAGE,
      filter: { tenants: [tenant], eventTypes: [...projection.handles] },
    });
    if (page.length === 0) break;
    for (const recorded of await completePage(store, page)) {
      const event = toProjectedEvent(recorded);
      if (projection.keysOf(event).includes(key)) doc = projection.evolve(doc ?? projection.initial(key), event, key);
    }
    from = page[page.length - 1].position;
  }
  return doc && projection.finalize ? projection.finalize(doc, key) : doc;
}

/** A tenant's yearly summary of `year`, folded from the log. */
export const yearlySummaryFromLog = (store: EventStore, tenant: string, year: number): Promise<YearlySummaryDocument | undefined> =>
  documentFromLog(store, yearlySummaryProjection, tenant, `${tenant}/${year}`);
