import { Command, InvalidArgumentError, Option } from 'commander';
import { issueApiKey } from '@assocflow/commanding';
import { PROJECTIONS, rebuildProjection } from '@assocflow/projections';
import { ProgressBar } from './progress-bar';
import { runReport, type CliReportFormat } from './report/run-report';
import { REPORT_FORMATS, REPORT_LANGUAGES, type ReportFormat, type ReportLanguage } from '@assocflow/reporting';
import { runImport } from './import/run-import';
import { runSheetImport, SHEET_REGISTERS } from './import/run-sheet-import';
import { API_KEY_ROLES, type ApiKeyRole } from '@assocflow/domain/apikey';
import { createEventStore, eventStoreAdapterFor } from '@assocflow/eventstore/event-store.factory';
import { checkHealth, closeRedisClient, createRedisClient, loadConfig, type HealthReport } from '@assocflow/platform';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  setExitCode(code: number): void;
  /** Output is a terminal: progress bars redraw in place. */
  tty?: boolean;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  setExitCode: (code) => {
    process.exitCode = code;
  },
  tty: process.stdout.isTTY,
};

/** The `assocflow` command line; only commands that exist are registered. */
export function buildProgram(io: CliIo = processIo): Command {
  const program = new Command('assocflow')
    .description('assocflow: event-sourced workflow engine for the operations of hospital associations')
    .version('0.1.0')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();

  program
    .command('health')
    .description('check that the event store and Redis are reachable (exit code 0 when both are up, 1 otherwise)')
    .option('--json', 'print the report as JSON')
    .option('--timeout <ms>', 'longest wait for each check', positiveInt, 3000)
    .action(async (options: { json?: boolean; timeout: number }) => {
      const config = loadConfig(io.env);
      const store = createEventStore(config.eventStore);
      const quiet = { log: () => undefined, warn: () => undefined };
      const redis = createRedisClient({ url: config.redisUrl, connectionName: 'assocflow-cli', logger: quiet });
      try {
        const report = await checkHealth({
          store,
          adapter: eventStoreAdapterFor(config.eventStore),
          redis,
          timeoutMs: options.timeout,
        });
        io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
        io.setExitCode(report.status === 'ok' ? 0 : 1);
      } finally {
        await Promise.allSettled([store.close(), closeRedisClient(redis)]);
      }
    });

  const keys = program.command('keys').description('API keys: issued on the event log, stored only as a hash');
  keys
    .command('create')
    .description('issue an API key for one tenant and print it (the last line of the output); it is shown only once')
    .requiredOption('--tenant <tenant>', 'the organization the key belongs to')
    .addOption(new Option('--role <role>', 'what the key may do').choices(API_KEY_ROLES as string[]).makeOptionMandatory())
    .option('--branch <branchId...>', 'for a branch-officer: the branches it may record for')
    .option('--label <text>', 'who or what the key is for')
    .action(async (options: { tenant: string; role: ApiKeyRole; branch?: string[]; label?: string }) => {
      if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(options.tenant)) throw new InvalidArgumentError('--tenant must be 1-40 lowercase letters, digits, dashes or underscores');
      const config = loadConfig({ REDIS_URL: 'redis://unused', ...io.env });
      const store = createEventStore(config.eventStore);
      try {
        const { token, keyId } = await issueApiKey(store, options.tenant, options.role, {
          branchIds: options.branch,
          label: options.label,
          actor: `cli:${io.env.USER ?? 'operator'}`,
          today: new Date().toISOString().slice(0, 10),
        });
        io.out(`issued ${options.role} key ${keyId} for ${options.tenant}; keep it now, it is not shown again:\n${token}\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('projections')
    .description('read models: rebuild them from the event log')
    .command('rebuild')
    .argument('[name]', `one projection (${PROJECTIONS.map((p) => p.name).join(', ') || 'none registered'}); all when left out`)
    .description('blue/green: build the next version from position 0 while the current one serves, then switch')
    .action(async (name: string | undefined) => {
      const chosen = name ? PROJECTIONS.filter((p) => p.name === name) : PROJECTIONS;
      if (name && chosen.length === 0) throw new InvalidArgumentError(`no projection named ${name}; known: ${PROJECTIONS.map((p) => p.name).join(', ')}`);
      const config = loadConfig(io.env);
      const store = createEventStore(config.eventStore);
      const redis = createRedisClient({ url: config.redisUrl, connectionName: 'assocflow-cli', logger: { log: () => undefined, warn: () => undefined } });
      try {
        for (const projection of chosen) {
          const bar = new ProgressBar(projection.name, io.out, Boolean(io.tty));
          const result = await rebuildProjection(store, redis, projection, {
            onProgress: ({ position, head }) => bar.update(Number(position), Number(head), 'position'),
          });
          bar.finish(`rebuilt: version ${result.from} -> ${result.to}, ${result.events.toLocaleString('en-US')} events`);
        }
      } finally {
        await Promise.allSettled([store.close(), closeRedisClient(redis)]);
      }
    });

  program
    .command('import')
    .argument('<path>', 'a seed file (.ndjson), a tenant folder (seeds/sichuan) or a folder of tenant folders (seeds)')
    .description('send each seed line through the api\'s command handlers (validation applies); a second run changes nothing')
    .option('--tenant <tenant>', 'the tenant, when the folder\'s name is not it')
    .action(async (path: string, options: { tenant?: string }) => {
      const report = await runImport(path, io, options.tenant);
      io.setExitCode(report.rejected.length > 0 ? 1 : 0);
    });

  program
    .command('import-sheet')
    .argument('<file>', 'an .xlsx sheet filled in from the register\'s export (exports/activities.xlsx, exports/branches.xlsx)')
    .description('record a sheet\'s rows through the api\'s rules, all or nothing; rows already recorded as they are stay unchanged')
    .requiredOption('--tenant <tenant>', 'the organization')
    .addOption(new Option('--register <register>', 'which register the sheet is').choices([...SHEET_REGISTERS]).makeOptionMandatory())
    .option('--dry-run', 'check every row and print what would be recorded, recording nothing')
    .action(async (file: string, options: { tenant: string; register: (typeof SHEET_REGISTERS)[number]; dryRun?: boolean }) => {
      const ok = await runSheetImport(file, { ...options, dryRun: Boolean(options.dryRun) }, io);
      io.setExitCode(ok ? 0 : 1);
    });

  program
    .command('report')
    .argument('<tenant>', 'the organization')
    .argument('<year>', 'the year, e.g. 2023', yearArgument)
    .description('render the yearly summary, folded from the event log, as a report (工作总结) to stdout or --out')
    .addOption(new Option('--lang <lang>', 'zh: as the associations write it (场, 人次, 余, 万元); en: the same in English').choices([...REPORT_LANGUAGES]).default('zh'))
    .addOption(new Option('--format <format>', 'md: Markdown; html: a standalone HTML document; pdf: the HTML printed to A4 by headless Chromium (CHROMIUM_PATH or /usr/bin/chromium), needs --out').choices([...REPORT_FORMATS, 'pdf']).default('md'))
    .option('--out <file>', 'write the report to this file instead of stdout')
    .action(async (tenant: string, reportYear: number, options: { lang: ReportLanguage; format: CliReportFormat; out?: string }) => {
      if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(tenant)) throw new InvalidArgumentError('tenant must be 1-40 lowercase letters, digits, dashes or underscores');
      await runReport(tenant, reportYear, options, io);
    });

  return program;
}

function yearArgument(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('Expected a 4-digit year such as 2023.');
  return Number(value);
}

function describe(report: HealthReport): string {
  const store = report.eventStore;
  const lines = [
    `status:      ${report.status}`,
    `event store: ${store.status} (${store.adapter}${store.headPosition !== undefined ? `, head position ${store.headPosition}` : ''})` +
      (store.error ? ` - ${store.error}` : ''),
    `redis:       ${report.redis.status}${report.redis.error ? ` - ${report.redis.error}` : ''}`,
  ];
  return `${lines.join('\n')}\n`;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n <= 0) throw new InvalidArgumentError('Expected a positive whole number of milliseconds.');
  return n;
}
