import type { EventStore } from '@assocflow/eventstore';
import { completePage, toProjectedEvent } from '@assocflow/projections';
import { yearlySummaryProjection, type YearlySummaryDocument } from '@assocflow/projections/yearly-summary';

const PAGE = 2000;

/**
 * A tenant's yearly summary folded straight from the event log, as the projection would build
 * it, so a report needs neither a worker nor Redis. Reads only the tenant's streams and the
 * event types the projection handles, a page at a time.
 */
export async function yearlySummaryFromLog(store: EventStore, tenant: string, year: number): Promise<YearlySummaryDocument | undefined> {
  const projection = yearlySummaryProjection;
  const key = `${tenant}/${year}`;
  let doc: YearlySummaryDocument | undefined;
  let from: bigint | 'start' = 'start';
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE, filter: { tenants: [tenant], eventTypes: [...projection.handles] } });
    if (page.length === 0) break;
    for (const recorded of await completePage(store, page)) {
      const event = toProjectedEvent(recorded);
      if (projection.keysOf(event).includes(key)) doc = projection.evolve(doc ?? projection.initial(key), event, key);
    }
    from = page[page.length - 1].position;
  }
  return doc && projection.finalize ? projection.finalize(doc, key) : doc;
}
