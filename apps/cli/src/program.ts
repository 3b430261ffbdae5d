import { Command, InvalidArgumentError, Option } from 'commander';
import { createTenant, issueApiKey, listApiKeys, revokeApiKey } from '@assocflow/commanding';
import { WrongExpectedVersion } from '@assocflow/eventstore';
import { DomainError, isIsoDate } from '@assocflow/domain';
import { PROJECTIONS, rebuildProjection } from '@assocflow/projections';
import { ProgressBar } from './progress-bar';
import { runReport, type CliReportFormat } from './report/run-report';
import { REPORT_FORMATS, REPORT_LANGUAGES, type ReportLanguage } from '@assocflow/reporting';
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
    .requiredOption('--tenant <tenant>', 'the organization the key belongs to', tenantOption)
    .addOption(new Option('--role <role>', 'what the key may do').choices(API_KEY_ROLES as string[]).makeOptionMandatory())
    .option('--branch <branchId...>', 'for a branch-officer: the branches it may record for')
    .option('--label <text>', 'who or what the key is for')
    .option('--expires-on <date>', 'the last day the key is valid (YYYY-MM-DD, China Standard Time)', dateOption)
    .action(async (options: { tenant: string; role: ApiKeyRole; branch?: string[]; label?: string; expiresOn?: string }) => {
      await withStore(io, async (store) => {
        const { token, keyId } = await issueApiKey(store, options.tenant, options.role, {
          branchIds: options.branch,
          label: options.label,
          expiresOn: options.expiresOn,
          actor: actorOf(io),
          today: today(),
        });
        io.out(
          `issued ${options.role} key ${keyId} for ${options.tenant}${options.expiresOn ? `, valid through ${options.expiresOn}` : ''}; keep it now, it is not shown again:\n${token}\n`,
        );
      });
    });
  keys
    .command('list')
    .description("list a tenant's keys: id, role, status (active, expired, revoked), label; never a secret")
    .requiredOption('--tenant <tenant>', 'the organization', tenantOption)
    .option('--json', 'print the listing as JSON')
    .action(async (options: { tenant: string; json?: boolean }) => {
      await withStore(io, async (store) => {
        const listing = await listApiKeys(store, options.tenant, today());
        if (options.json) return io.out(`${JSON.stringify(listing, null, 2)}\n`);
        for (const k of listing) {
          const scope = k.branchIds.length ? ` [${k.branchIds.join(', ')}]` : '';
          const until = k.expiresOn ? ` through ${k.expiresOn}` : '';
          const revoked = k.revokedOn ? ` on ${k.revokedOn}: ${k.revocationReason}` : '';
          io.out(`${k.keyId}\t${k.role}${scope}\t${k.status}${revoked}\tissued ${k.issuedOn}${until}\t${k.label}\n`);
        }
        if (listing.length === 0) io.out(`no keys for ${options.tenant}\n`);
      });
    });
  keys
    .command('revoke')
    .description('revoke a key (ApiKeyRevoked): from then on it is refused with 401')
    .requiredOption('--tenant <tenant>', 'the organization', tenantOption)
    .requiredOption('--key <keyId>', 'the key id, as keys list shows it')
    .requiredOption('--reason <text>', 'why, for the record')
    .action(async (options: { tenant: string; key: string; reason: string }) => {
      await withStore(io, async (store) => {
        await revokeApiKey(store, options.tenant, options.key, { reason: options.reason, actor: actorOf(io), today: today() });
        io.out(`revoked key ${options.key} of ${options.tenant}\n`);
      });
    });

  program
    .command('tenants')
    .description('tenants: the organizations this installation serves')
    .command('create')
    .description('open a tenant: register its organization and print its first admin key (the last line), shown only once')
    .requiredOption('--tenant <tenant>', 'the tenant id, e.g. sichuan', tenantOption)
    .requiredOption('--name <name>', "the organization's name, e.g. 四川省医院协会")
    .addOption(new Option('--kind <kind>', 'what it is').choices(['association', 'hospital', 'other']).default('association'))
    .option('--registered-on <date>', 'when it was registered (YYYY-MM-DD); today when left out', dateOption)
    .option('--time-zone <zone>', 'IANA time zone (default Asia/Shanghai)')
    .action(
      async (options: {
        tenant: string;
        name: string;
        kind: 'association' | 'hospital' | 'other';
        registeredOn?: string;
        timeZone?: string;
      }) => {
        await withStore(io, async (store) => {
          const { token, keyId } = await createTenant(store, options.tenant, {
            name: options.name,
            kind: options.kind,
            registeredOn: options.registeredOn ?? today(),
            timeZone: options.timeZone,
            actor: actorOf(io),
            today: today(),
          });
          io.out(
            `created tenant ${options.tenant} (${options.name}) with admin key ${keyId}; keep it now, it is not shown again:\n${token}\n`,
          );
        });
      },
    );

  program
    .command('projections')
    .description('read models: rebuild them from the event log')
    .command('rebuild')
    .argument('[name]', `one projection (${PROJECTIONS.map((p) => p.name).join(', ') || 'none registered'}); all when left out`)
    .description('blue/green: build the next version from position 0 while the current one serves, then switch')
    .action(async (name: string | undefined) => {
      const chosen = name ? PROJECTIONS.filter((p) => p.name === name) : PROJECTIONS;
      if (name && chosen.length === 0)
        throw new InvalidArgumentError(`no projection named ${name}; known: ${PROJECTIONS.map((p) => p.name).join(', ')}`);
      const config = loadConfig(io.env);
      const store = createEventStore(config.eventStore);
      const redis = createRedisClient({
        url: config.redisUrl,
        connectionName: 'assocflow-cli',
        logger: { log: () => undefined, warn: () => undefined },
      });
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
    .description("send each seed line through the api's command handlers (validation applies); a second run changes nothing")
    .option('--tenant <tenant>', "the tenant, when the folder's name is not it")
    .action(async (path: string, options: { tenant?: string }) => {
      const report = await runImport(path, io, options.tenant);
      io.setExitCode(report.rejected.length > 0 ? 1 : 0);
    });

  program
    .command('import-sheet')
    .argument('<file>', "an .xlsx sheet filled in from the register's export (exports/activities.xlsx, exports/branches.xlsx)")
    .description("record a sheet's rows through the api's rules, all or nothing; rows already recorded as they are stay unchanged")
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
    .addOption(
      new Option('--lang <lang>', 'zh: as the associations write it (场, 人次, 余, 万元); en: the same in English')
        .choices([...REPORT_LANGUAGES])
        .default('zh'),
    )
    .addOption(
      new Option(
        '--format <format>',
        'md: Markdown; html: a standalone HTML document; pdf: the HTML printed to A4 by headless Chromium (CHROMIUM_PATH or /usr/bin/chromium), needs --out',
      )
        .choices([...REPORT_FORMATS, 'pdf'])
        .default('md'),
    )
    .option('--out <file>', 'write the report to this file instead of stdout')
    .action(async (tenant: string, reportYear: number, options: { lang: ReportLanguage; format: CliReportFormat; out?: string }) => {
      if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(tenant))
        throw new InvalidArgumentError('tenant must be 1-40 lowercase letters, digits, dashes or underscores');
      await runReport(tenant, reportYear, options, io);
    });

  return program;
}

const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const actorOf = (io: CliIo): string => `cli:${io.env.USER ?? 'operator'}`;

function tenantOption(value: string): string {
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(value))
    throw new InvalidArgumentError('--tenant must be 1-40 lowercase letters, digits, dashes or underscores');
  return value;
}

function dateOption(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Expected a calendar date YYYY-MM-DD.');
  return value;
}

/** The event store of the configuration (no Redis needed), closed afterwards; a broken rule or an existing record is a message and exit code 1. */
async function withStore(io: CliIo, work: (store: ReturnType<typeof createEventStore>) => Promise<void>): Promise<void> {
  const config = loadConfig({ REDIS_URL: 'redis://unused', ...io.env });
  const store = createEventStore(config.eventStore);
  try {
    await work(store);
  } catch (error) {
    if (!(error instanceof DomainError) && !(error instanceof WrongExpectedVersion)) throw error;
    io.err(`${error instanceof WrongExpectedVersion ? 'already on the record' : error.rule}: ${error.message}\n`);
    io.setExitCode(1);
  } finally {
    await store.close();
  }
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
