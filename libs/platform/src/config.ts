import type { LogLevel } from '@nestjs/common';

/** Everything the api, the worker and the cli read from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  redisUrl: string;
  eventStore: EventStoreConfig;
  logLevel: LogLevel;
  /** Requests per second per API key. */
  rateLimitPerSecond: number;
  /** How often a projection that is catching up commits its documents and checkpoint (ms). */
  projectionCommitIntervalMs: number;
  /** How long a worker's lead of a projection lasts without renewal: another replica takes it over after that (ms). */
  projectionLeaseMs: number;
  /** The tenant whose admin keys operate the whole installation (the queue board shows every tenant's jobs). */
  operatorTenant: string;
  /** Set: reminders go out by e-mail too, to the recipients each tenant configures. */
  smtp?: SmtpConfig;
  /**
   * Seals the dashboard's session cookies (AES-256-GCM under a key derived from it). Unset: a
   * random secret per process, so sessions end when the api restarts (npm start keeps one in var/).
   */
  sessionSecret?: string;
  /**
   * Address kinds webhooks may reach besides public ones (WEBHOOK_ALLOW_ADDRESSES, comma-separated):
   * loopback, private, link-local. None by default, so a webhook cannot be aimed at the
   * machine's or the network's own services (169.254.169.254, 10.x, 127.x).
   */
  webhookAllow: WebhookAddressKind[];
  /** Seals webhook signing secrets in the event log (WEBHOOK_SECRET_KEY; npm start keeps one in var/). */
  webhookSecretKey?: string;
}

export const WEBHOOK_ADDRESS_KINDS = ['loopback', 'private', 'link-local'] as const;
export type WebhookAddressKind = (typeof WEBHOOK_ADDRESS_KINDS)[number];

export interface SmtpConfig {
  /** smtp://user:pass@host:587 or smtps://host:465 (nodemailer's connection URL). */
  url: string;
  /** The sender: an address, or `Name <address>`. */
  from: string;
}

export interface EventStoreConfig {
  /** Set: KurrentDB/EventStoreDB at this connection string. Unset: SQLite at sqlitePath. */
  connectionString?: string;
  sqlitePath: string;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_SQLITE_PATH = 'var/assocflow.sqlite';
export const DEFAULT_LOG_LEVEL: LogLevel = 'log';
export const DEFAULT_RATE_LIMIT_PER_SECOND = 100;
export const DEFAULT_PROJECTION_COMMIT_INTERVAL_MS = 1_000;
export const DEFAULT_PROJECTION_LEASE_MS = 10_000;
export const DEFAULT_OPERATOR_TENANT = 'ops';

/** Nest's levels from the most to the least verbose; LOG_LEVEL is a threshold on this list. */
export const LOG_LEVELS: readonly LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the configuration. Pure: the environment is a parameter. Every problem
 * is reported at once, each naming the variable and the rule it breaks; empty values count as
 * unset.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const port = parsePort(read('PORT'), problems);
  const host = read('HOST') ?? DEFAULT_HOST;

  const redisUrl = read('REDIS_URL');
  if (!redisUrl) {
    problems.push('REDIS_URL is required: the URL of a Redis server, e.g. redis://127.0.0.1:6379');
  } else if (!isUrlWithScheme(redisUrl, ['redis:', 'rediss:'])) {
    problems.push(`REDIS_URL must be a redis:// or rediss:// URL with a host, got "${redact(redisUrl)}"`);
  }

  const connectionString = read('EVENTSTORE_CONNECTION_STRING');
  if (connectionString && !/^esdb(\+discover)?:\/\/\S+$/.test(connectionString)) {
    problems.push(
      'EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string ' +
        `(e.g. esdb://localhost:2113?tls=false), got "${redact(connectionString)}"`,
    );
  }

  const sqlitePath = read('SQLITE_PATH') ?? DEFAULT_SQLITE_PATH;

  const rawLevel = read('LOG_LEVEL')?.toLowerCase();
  let logLevel = DEFAULT_LOG_LEVEL;
  if (rawLevel !== undefined) {
    if ((LOG_LEVELS as readonly string[]).includes(rawLevel)) logLevel = rawLevel as LogLevel;
    else problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }

  const rawRate = read('RATE_LIMIT_PER_SECOND');
  const rateLimitPerSecond = rawRate === undefined ? DEFAULT_RATE_LIMIT_PER_SECOND : Number(rawRate);
  if (rawRate !== undefined && !(/^\d+$/.test(rawRate) && rateLimitPerSecond >= 1)) {
    problems.push(`RATE_LIMIT_PER_SECOND must be a whole number of at least 1, got "${rawRate}"`);
  }

  const rawCommit = read('PROJECTION_COMMIT_INTERVAL_MS');
  const projectionCommitIntervalMs = rawCommit === undefined ? DEFAULT_PROJECTION_COMMIT_INTERVAL_MS : Number(rawCommit);
  if (rawCommit !== undefined && !(/^\d+$/.test(rawCommit) && projectionCommitIntervalMs >= 10 && projectionCommitIntervalMs <= 600_000)) {
    problems.push(`PROJECTION_COMMIT_INTERVAL_MS must be a whole number of milliseconds from 10 to 600000, got "${rawCommit}"`);
  }

  const rawLease = read('PROJECTION_LEASE_MS');
  const projectionLeaseMs = rawLease === undefined ? DEFAULT_PROJECTION_LEASE_MS : Number(rawLease);
  if (rawLease !== undefined && !(/^\d+$/.test(rawLease) && projectionLeaseMs >= 300 && projectionLeaseMs <= 600_000)) {
    problems.push(`PROJECTION_LEASE_MS must be a whole number of milliseconds from 300 to 600000, got "${rawLease}"`);
  }

  const operatorTenant = read('OPERATOR_TENANT') ?? DEFAULT_OPERATOR_TENANT;
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(operatorTenant)) {
    problems.push(`OPERATOR_TENANT must be 1-40 lowercase letters, digits, dashes or underscores, got "${operatorTenant}"`);
  }

  const smtp = parseSmtp(read('SMTP_URL'), read('SMTP_FROM'), problems);

  const sessionSecret = read('SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push(`SESSION_SECRET must be at least 32 characters (e.g. openssl rand -hex 32), got ${sessionSecret.length}`);
  }

  const rawAllow = read('WEBHOOK_ALLOW_ADDRESSES');
  const webhookAllow = (rawAllow
    ?.split(',')
    .map((k) => k.trim())
    .filter(Boolean) ?? []) as WebhookAddressKind[];
  for (const kind of webhookAllow) {
    if (!(WEBHOOK_ADDRESS_KINDS as readonly string[]).includes(kind)) {
      problems.push(`WEBHOOK_ALLOW_ADDRESSES must list some of ${WEBHOOK_ADDRESS_KINDS.join(', ')} (comma-separated), got "${kind}"`);
    }
  }

  const webhookSecretKey = read('WEBHOOK_SECRET_KEY');
  if (webhookSecretKey !== undefined && webhookSecretKey.length < 32) {
    problems.push(`WEBHOOK_SECRET_KEY must be at least 32 characters (e.g. openssl rand -hex 32), got ${webhookSecretKey.length}`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    redisUrl: redisUrl!,
    eventStore: connectionString ? { connectionString, sqlitePath } : { sqlitePath },
    logLevel,
    rateLimitPerSecond,
    projectionCommitIntervalMs,
    projectionLeaseMs,
    operatorTenant,
    webhookAllow,
    ...(smtp ? { smtp } : {}),
    ...(sessionSecret ? { sessionSecret } : {}),
    ...(webhookSecretKey ? { webhookSecretKey } : {}),
  };
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function parseSmtp(url: string | undefined, from: string | undefined, problems: string[]): SmtpConfig | undefined {
  if (url === undefined) {
    if (from !== undefined) problems.push('SMTP_FROM is set but SMTP_URL is not: set both to send reminders by e-mail, or neither');
    return undefined;
  }
  const before = problems.length;
  if (!isUrlWithScheme(url, ['smtp:', 'smtps:'])) {
    problems.push(
      `SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.org:587, got "${redact(url)}"`,
    );
  }
  const address = from === undefined ? undefined : (/^[^<>]*<([^<>]+)>$/.exec(from)?.[1] ?? from);
  if (address === undefined) problems.push('SMTP_FROM is required with SMTP_URL: the sender, e.g. "学会秘书处 <noreply@example.org>"');
  else if (!ADDRESS.test(address.trim())) problems.push(`SMTP_FROM must be an e-mail address or "Name <address>", got "${from}"`);
  return problems.length === before ? { url, from: from! } : undefined;
}

/** The levels a logger prints for a LOG_LEVEL threshold: 'warn' gives warn, error, fatal. */
export function logLevelsFrom(threshold: LogLevel): LogLevel[] {
  return LOG_LEVELS.slice(LOG_LEVELS.indexOf(threshold));
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be an integer from 0 to 65535 (0: any free port), got "${raw}"`);
    return DEFAULT_PORT;
  }
  return port;
}

/** Hides credentials in URLs echoed in error messages. */
function redact(value: string): string {
  return value.replace(/\/\/[^/@\s]*@/, '//***@');
}

function isUrlWithScheme(value: string, schemes: string[]): boolean {
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}
