import { writeFileSync } from 'node:fs';
import { organizationProfileOf } from '@assocflow/commanding';
import { createEventStore } from '@assocflow/eventstore/event-store.factory';
import { loadConfig } from '@assocflow/platform';
import { PdfRenderer } from '@assocflow/pdf';
import {
  renderYearlyReport,
  reportHeading,
  reportRecordsOf,
  type ReportFormat,
  type ReportHeading,
  type ReportLanguage,
} from '@assocflow/reporting';

/** What `report --format` accepts: the rendered formats and their PDF print. */
export type CliReportFormat = ReportFormat | 'pdf';
import type { CliIo } from '../program';
import { documentFromLog, yearlySummaryFromLog } from './yearly-summary-from-log';
import { activityLedgerKey, activityLedgerProjection } from '@assocflow/projections/activity-ledger';
import { reportsRegisterProjection } from '@assocflow/projections/reports-register';

export class NothingRecorded extends Error {
  constructor(tenant: string, year: number) {
    super(`nothing is recorded for ${tenant} in ${year}`);
  }
}

/** `assocflow report <tenant> <year>`: the summary folded from the log, rendered, to stdout or a file. */
export async function runReport(
  tenant: string,
  year: number,
  options: { lang: ReportLanguage; format: CliReportFormat; out?: string },
  io: CliIo,
): Promise<void> {
  // Only the event store is needed: the summary is folded here, not read from Redis.
  if (options.format === 'pdf' && !options.out) throw new Error('a PDF is written to a file: give --out <file.pdf>');
  const config = loadConfig({ REDIS_URL: 'redis://unused', ...io.env });
  const store = createEventStore(config.eventStore);
  try {
    const doc = await yearlySummaryFromLog(store, tenant, year);
    if (!doc?.recorded) throw new NothingRecorded(tenant, year);
    const { ledger: _ledger, ...summary } = doc;
    const heading = reportHeading(await organizationProfileOf(store, tenant), tenant, year, options.lang);
    // The records each section names (其中), from the same log.
    const [ledger, register] = await Promise.all([
      documentFromLog(store, activityLedgerProjection, tenant, activityLedgerKey(tenant, year)),
      documentFromLog(store, reportsRegisterProjection, tenant, `${tenant}/${year}`),
    ]);
    const { body: text } = renderYearlyReport(summary, options.lang, options.format === 'pdf' ? 'html' : options.format, {
      ...heading.options,
      ...reportRecordsOf(ledger, register),
    });
    if (options.out) {
      writeFileSync(options.out, options.format === 'pdf' ? await printed(text, heading, options.lang) : text);
      io.err(`wrote ${options.out}\n`);
    } else {
      io.out(text);
    }
  } finally {
    await store.close();
  }
}

async function printed(html: string, { headerLeft, headerRight }: ReportHeading, lang: ReportLanguage): Promise<Buffer> {
  const renderer = new PdfRenderer();
  try {
    return await renderer.render({ html, headerLeft, headerRight, lang });
  } finally {
    await renderer.close();
  }
}
