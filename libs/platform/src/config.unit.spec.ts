import { ConfigError, loadConfig, logLevelsFrom } from './config';

const redis = { REDIS_URL: 'redis://127.0.0.1:6379' };

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the defaults when only REDIS_URL is set', () => {
    expect(loadConfig(redis)).toEqual({
      port: 3000,
      host: '0.0.0.0',
      redisUrl: 'redis://127.0.0.1:6379',
      eventStore: { sqlitePath: 'var/assocflow.sqlite' },
      logLevel: 'log',
      rateLimitPerSecond: 100,
      projectionCommitIntervalMs: 1000,
      projectionLeaseMs: 10000,
      operatorTenant: 'ops',
      webhookAllow: [],
    });
  });

  it('reads the address kinds webhooks may reach besides public ones, and names a wrong one', () => {
    expect(loadConfig({ ...redis, WEBHOOK_ALLOW_ADDRESSES: 'loopback, private' }).webhookAllow).toEqual(['loopback', 'private']);
    expect(problemsOf({ ...redis, WEBHOOK_ALLOW_ADDRESSES: 'loopback,everything' })).toEqual([
      'WEBHOOK_ALLOW_ADDRESSES must list some of loopback, private, link-local (comma-separated), got "everything"',
    ]);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      REDIS_URL: 'rediss://user:secret@cache.example:6380/2',
      EVENTSTORE_CONNECTION_STRING: 'esdb://kurrentdb:2113?tls=false',
      SQLITE_PATH: '/tmp/x.sqlite',
      LOG_LEVEL: 'DEBUG',
      RATE_LIMIT_PER_SECOND: '20',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      redisUrl: 'rediss://user:secret@cache.example:6380/2',
      eventStore: { connectionString: 'esdb://kurrentdb:2113?tls=false', sqlitePath: '/tmp/x.sqlite' },
      logLevel: 'debug',
      rateLimitPerSecond: 20,
      projectionCommitIntervalMs: 1000,
      projectionLeaseMs: 10000,
      operatorTenant: 'ops',
      webhookAllow: [],
    });
  });

  it('treats empty and blank values as unset', () => {
    const config = loadConfig({ ...redis, PORT: '', HOST: ' ', EVENTSTORE_CONNECTION_STRING: '', LOG_LEVEL: '' });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.eventStore).toEqual({ sqlitePath: 'var/assocflow.sqlite' });
    expect(config.logLevel).toBe('log');
  });

  it('accepts port 0 (any free port) and esdb+discover', () => {
    const config = loadConfig({ ...redis, PORT: '0', EVENTSTORE_CONNECTION_STRING: 'esdb+discover://cluster:2113' });
    expect(config.port).toBe(0);
    expect(config.eventStore.connectionString).toBe('esdb+discover://cluster:2113');
  });

  it('requires REDIS_URL, naming the variable', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^REDIS_URL is required/)]);
  });

  it.each(['localhost:6379', 'http://localhost:6379', 'redis://', 'not a url'])('rejects REDIS_URL %s', (url) => {
    expect(problemsOf({ REDIS_URL: url })).toEqual([expect.stringMatching(/^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/)]);
  });

  it.each(['abc', '-1', '65536', '3000.5', '1e3'])('rejects PORT %s', (port) => {
    expect(problemsOf({ ...redis, PORT: port })).toEqual([`PORT must be an integer from 0 to 65535 (0: any free port), got "${port}"`]);
  });

  it('rejects a connection string that is not esdb://, hiding credentials', () => {
    const [problem] = problemsOf({ ...redis, EVENTSTORE_CONNECTION_STRING: 'https://admin:changeit@kurrentdb:2113' });
    expect(problem).toMatch(/^EVENTSTORE_CONNECTION_STRING must be an esdb:\/\/ or esdb\+discover:\/\/ connection string/);
    expect(problem).not.toContain('changeit');
  });

  it('rejects an unknown LOG_LEVEL, listing the allowed ones', () => {
    expect(problemsOf({ ...redis, LOG_LEVEL: 'info' })).toEqual([
      'LOG_LEVEL must be one of verbose, debug, log, warn, error, fatal, got "info"',
    ]);
  });

  it('reports every problem at once in a readable message', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toMatch(/^Invalid configuration:\n {2}- PORT .*\n {2}- REDIS_URL .*\n {2}- LOG_LEVEL /);
  });

  describe('SMTP (optional: reminders by e-mail)', () => {
    it('is off when SMTP_URL is unset', () => expect(loadConfig(redis).smtp).toBeUndefined());

    it('reads the URL and the sender', () => {
      expect(
        loadConfig({ ...redis, SMTP_URL: 'smtps://u:p@mail.example.org:465', SMTP_FROM: '学会秘书处 <noreply@example.org>' }).smtp,
      ).toEqual({ url: 'smtps://u:p@mail.example.org:465', from: '学会秘书处 <noreply@example.org>' });
      expect(loadConfig({ ...redis, SMTP_URL: 'smtp://127.0.0.1:2525', SMTP_FROM: 'noreply@example.org' }).smtp?.from).toBe(
        'noreply@example.org',
      );
    });

    it('refuses a URL that is not smtp:// or smtps://, hiding credentials', () => {
      const [problem] = problemsOf({ ...redis, SMTP_URL: 'http://u:hunter2@mail.example.org', SMTP_FROM: 'a@example.org' });
      expect(problem).toMatch(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      expect(problem).not.toContain('hunter2');
    });

    it('needs a sender with the URL, and the URL with a sender', () => {
      expect(problemsOf({ ...redis, SMTP_URL: 'smtp://mail.example.org' })).toEqual([
        expect.stringMatching(/^SMTP_FROM is required with SMTP_URL/),
      ]);
      expect(problemsOf({ ...redis, SMTP_FROM: 'a@example.org' })).toEqual([
        expect.stringMatching(/^SMTP_FROM is set but SMTP_URL is not/),
      ]);
      expect(problemsOf({ ...redis, SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'Secretariat' })).toEqual([
        'SMTP_FROM must be an e-mail address or "Name <address>", got "Secretariat"',
      ]);
    });
  });
});

describe('logLevelsFrom', () => {
  it('enables the threshold and everything more severe', () => {
    expect(logLevelsFrom('warn')).toEqual(['warn', 'error', 'fatal']);
    expect(logLevelsFrom('verbose')).toEqual(['verbose', 'debug', 'log', 'warn', 'error', 'fatal']);
  });

  it('refuses a rate limit that is not a whole number of at least 1', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://localhost', RATE_LIMIT_PER_SECOND: '0' })).toThrow(
      /RATE_LIMIT_PER_SECOND must be a whole number/,
    );
  });

  it('takes a session secret of at least 32 characters, and none by default', () => {
    expect(loadConfig({ REDIS_URL: 'redis://localhost' }).sessionSecret).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://localhost', SESSION_SECRET: 'x'.repeat(32) }).sessionSecret).toBe('x'.repeat(32));
    expect(() => loadConfig({ REDIS_URL: 'redis://localhost', SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
  });
});
