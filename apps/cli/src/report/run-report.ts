import { writeFileSync } from 'node:fs';
import { organizationNameOf } from '@assocflow/commanding';
import { createEventStore } from '@assocflow/eventstore/event-store.factory';
import { loadConfig } from '@assocflow/platform';
import { renderYearlyReport, type ReportFormat, type ReportLanguage } from '@assocflow/reporting';
import type { CliIo } from '../program';
import { yearlySummaryFromLog } from './yearly-summary-from-log';

export class NothingRecorded extends Error {
  constructor(tenant: string, year: number) {
    super(`nothing is recorded for ${tenant} in ${year}`);
  }
}

/** `assocflow report <tenant> <year>`: the summary folded from the log, rendered, to stdout or a file. */
export async function runReport(tenant: string, year: number, options: { lang: ReportLanguage; format: ReportFormat; out?: string }, io: CliIo): Promise<void> {
  // Only the event store is needed: the summary is folded here, not read from Redis.
  const config = loadConfig({ REDIS_URL: 'redis://unused', ...io.env });
  const store = createEventStore(config.eventStore);
  try {
    const doc = await yearlySummaryFromLog(store, tenant, year);
    if (!doc?.recorded) throw new NothingRecorded(tenant, year);
    const { ledger: _ledger, ...summary } = doc;
    const organizationName = await organizationNameOf(store, tenant);
    const { body } = renderYearlyReport(summary, options.lang, options.format, organizationName ? { organizationName } : {});
    if (options.out) {
      writeFileSync(options.out, body, 'utf8');
      io.err(`wrote ${options.out}\n`);
    } else {
      io.out(body);
    }
  } finally {
    await store.close();
  }
}
