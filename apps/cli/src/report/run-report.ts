import { writeFileSync } from 'node:fs';
import { organizationNameOf } from '@assocflow/commanding';
import { createEventStore } from '@assocflow/eventstore/event-store.factory';
import { loadConfig } from '@assocflow/platform';
import { PdfRenderer } from '@assocflow/pdf';
import { renderYearlyReport, type ReportFormat, type ReportLanguage } from '@assocflow/reporting';

/** What `report --format` accepts: the rendered formats and their PDF print. */
export type CliReportFormat = ReportFormat | 'pdf';
import type { CliIo } from '../program';
import { yearlySummaryFromLog } from './yearly-summary-from-log';

export class NothingRecorded extends Error {
  constructor(tenant: string, year: number) {
    super(`nothing is recorded for ${tenant} in ${year}`);
  }
}

/** `assocflow report <tenant> <year>`: the summary folded from the log, rendered, to stdout or a file. */
export async function runReport(tenant: string, year: number, options: { lang: ReportLanguage; format: CliReportFormat; out?: string }, io: CliIo): Promise<void> {
  // Only the event store is needed: the summary is folded here, not read from Redis.
  if (options.format === 'pdf' && !options.out) throw new Error('a PDF is written to a file: give --out <file.pdf>');
  const config = loadConfig({ REDIS_URL: 'redis://unused', ...io.env });
  const store = createEventStore(config.eventStore);
  try {
    const doc = await yearlySummaryFromLog(store, tenant, year);
    if (!doc?.recorded) throw new NothingRecorded(tenant, year);
    const { ledger: _ledger, ...summary } = doc;
    const organizationName = await organizationNameOf(store, tenant);
    const { body: text } = renderYearlyReport(summary, options.lang, options.format === 'pdf' ? 'html' : options.format, organizationName ? { organizationName } : {});
    if (options.out) {
      writeFileSync(options.out, options.format === 'pdf' ? await printed(text, organizationName ?? tenant, year, options.lang) : text);
      io.err(`wrote ${options.out}\n`);
    } else {
      io.out(text);
    }
  } finally {
    await store.close();
  }
}

async function printed(html: string, organizationName: string, year: number, lang: ReportLanguage): Promise<Buffer> {
  const renderer = new PdfRenderer();
  try {
    return await renderer.render({ html, headerLeft: organizationName, headerRight: lang === 'zh' ? `${year}年度工作总结` : `Work summary ${year}`, lang });
  } finally {
    await renderer.close();
  }
}
