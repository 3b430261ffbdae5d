import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommanderError } from 'commander';
import { freePort } from '../../../test/support/redis-process';
import { parseApiKey } from '@assocflow/commanding';
import { organization } from '@assocflow/domain';
import { SqliteEventStore } from '@assocflow/eventstore';
import { branchesSheet, toXlsx } from '@assocflow/spreadsheets';
import { buildProgram, type CliIo } from './program';

interface Run {
  out: string;
  err: string;
  exitCode?: number;
  error?: CommanderError;
}

async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const result: Run = { out: '', err: '' };
  const io: CliIo = {
    out: (text) => void (result.out += text),
    err: (text) => void (result.err += text),
    env,
    setExitCode: (code) => void (result.exitCode = code),
  };
  const program = buildProgram(io);
  // Throw instead of exiting, on the program and on every command.
  const all = (c: typeof program): (typeof program)[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride();
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    result.error = error as CommanderError;
  }
  return result;
}

describe('assocflow cli', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--help names the program and lists exactly the commands that exist', async () => {
    const { out, error } = await run(['--help']);

    expect(error?.code).toBe('commander.helpDisplayed');
    expect(out).toMatch(/^Usage: assocflow \[options\] \[command\]/);
    const commands = out
      .split('Commands:\n')[1]
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.trim().split(/\s+/)[0]);
    expect(commands).toEqual(['health', 'keys', 'tenants', 'projections', 'import', 'import-sheet', 'report', 'help']);
    expect(out.replace(/\s+/g, ' ')).toContain('check that the event store and Redis are reachable');
  });

  it('refuses an unknown command', async () => {
    const { err, error } = await run(['frobnicate']);
    expect(error?.code).toBe('commander.unknownCommand');
    expect(err).toContain("unknown command 'frobnicate'");
  });

  it('import-sheet records a branch roster all or nothing: a dry run, the rows by number when refused, unchanged the second time', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL, SQLITE_PATH: join(dir, 'assocflow.sqlite'), LOG_LEVEL: 'error' };
    const roster = branchesSheet([]);
    const row = {
      分支机构编号: 'nursing',
      名称: '护理管理分会',
      类别: '分会',
      来源: '登记',
      记录日期: '2023-01-01',
      届次: 3,
      本届起始: '2021-05-10',
      本届届满: '2026-05-10',
      党的工作小组: '否',
    } as Record<string, string | number>;
    const write = async (name: string, rows: Record<string, string | number>[]) => {
      const path = join(dir, name);
      writeFileSync(path, await toXlsx([{ ...roster, rows: rows.map((r) => roster.columns.map((c) => r[c] ?? null)) }]));
      return path;
    };
    const broken = await run(
      [
        'import-sheet',
        await write('broken.xlsx', [row, { ...row, 分支机构编号: 'rehab', 届次: 'three' }]),
        '--tenant',
        'sichuan',
        '--register',
        'branches',
      ],
      env,
    );
    expect(broken.exitCode).toBe(1);
    expect(broken.err).toContain('row 3, 届次: isInt');
    expect(broken.err).toContain('nothing was recorded');

    const file = await write('roster.xlsx', [row]);
    const dry = await run(['import-sheet', file, '--tenant', 'sichuan', '--register', 'branches', '--dry-run'], env);
    expect(dry.exitCode).toBe(0);
    expect(dry.out).toContain('row 2\tnursing\tnew');
    expect(dry.out).toContain('dry run: 1 row(s) would be recorded');
    const real = await run(['import-sheet', file, '--tenant', 'sichuan', '--register', 'branches'], env);
    expect(real.out).toContain('1 row(s) recorded, 0 unchanged');
    const again = await run(['import-sheet', file, '--tenant', 'sichuan', '--register', 'branches'], env);
    expect(again.out).toContain('0 row(s) recorded, 1 unchanged');

    const store = new SqliteEventStore({ path: env.SQLITE_PATH });
    try {
      expect((await store.readAll()).map((e) => e.type)).toEqual(['BranchRegistered']);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('health reports both up on SQLite and the suite redis-server (exit code 0)', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL, SQLITE_PATH: join(dir, 'assocflow.sqlite') };
    const { out, exitCode, error } = await run(['health', '--json'], env);

    expect(error).toBeUndefined();
    expect(exitCode).toBe(0);
    expect(JSON.parse(out)).toEqual({
      status: 'ok',
      eventStore: { status: 'up', adapter: 'sqlite', headPosition: '0' },
      redis: { status: 'up' },
    });
  });

  it('health names redis when it is down (exit code 1)', async () => {
    const env = { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, SQLITE_PATH: join(dir, 'assocflow.sqlite') };
    const { out, exitCode } = await run(['health'], env);

    expect(exitCode).toBe(1);
    expect(out).toMatch(/^status: +degraded\n/);
    expect(out).toMatch(/^event store: up \(sqlite, head position 0\)$/m);
    expect(out).toMatch(/^redis: +down - /m);
  });

  it('health explains a missing REDIS_URL', async () => {
    const { error } = await run(['health'], { SQLITE_PATH: join(dir, 'assocflow.sqlite') });
    expect(error?.message).toMatch(/REDIS_URL is required/);
  });

  it('keys create issues a key on the event log and prints it as the last line', async () => {
    const path = join(dir, 'keys.sqlite');
    const result = await run(['keys', 'create', '--tenant', 'sichuan', '--role', 'branch-officer', '--branch', 'emergency-mgmt'], {
      SQLITE_PATH: path,
    });
    expect(result.error).toBeUndefined();
    const token = result.out.trim().split('\n').pop()!;
    const parsed = parseApiKey(token);
    expect(parsed).toMatchObject({ tenant: 'sichuan' });
    const store = new SqliteEventStore({ path });
    const [issued] = await store.readStream(`apikey-sichuan.${parsed!.keyId}`);
    await store.close();
    expect(issued.data).toMatchObject({ role: 'branch-officer', branchIds: ['emergency-mgmt'] });
    expect(JSON.stringify(issued.data)).not.toContain(parsed!.secret);
  });

  it('keys create refuses an unknown role', async () => {
    const result = await run(['keys', 'create', '--tenant', 'sichuan', '--role', 'king'], { SQLITE_PATH: join(dir, 'k.sqlite') });
    expect(result.error?.message).toMatch(/Allowed choices are admin, secretary, branch-officer, reader/);
  });

  it('keys list shows every key of the tenant without a secret; keys revoke revokes one, once', async () => {
    const env = { SQLITE_PATH: join(dir, 'keys.sqlite') };
    const created = await run(
      ['keys', 'create', '--tenant', 'sichuan', '--role', 'reader', '--label', '统计', '--expires-on', '2099-12-31'],
      env,
    );
    expect(created.out).toContain('valid through 2099-12-31');
    const token = created.out.trim().split('\n').pop()!;
    const { keyId, secret } = parseApiKey(token)!;
    await run(['keys', 'create', '--tenant', 'shandong', '--role', 'admin'], env);

    const listed = await run(['keys', 'list', '--tenant', 'sichuan', '--json'], env);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ keyId, role: 'reader', label: '统计', expiresOn: '2099-12-31', status: 'active' }),
    ]);
    expect(listed.out).not.toContain(secret);

    const revoked = await run(['keys', 'revoke', '--tenant', 'sichuan', '--key', keyId, '--reason', '人员离岗'], env);
    expect(revoked.out).toContain(`revoked key ${keyId}`);
    expect((await run(['keys', 'list', '--tenant', 'sichuan'], env)).out).toMatch(
      new RegExp(`^${keyId}\treader\trevoked on \\d{4}-\\d{2}-\\d{2}: 人员离岗`),
    );
    const again = await run(['keys', 'revoke', '--tenant', 'sichuan', '--key', keyId, '--reason', 'x'], env);
    expect(again.exitCode).toBe(1);
    expect(again.err).toContain('api-key-must-be-active');
  });

  it('tenants create registers the organization and prints its first admin key; a second time is refused', async () => {
    const env = { SQLITE_PATH: join(dir, 'tenants.sqlite') };
    const created = await run(['tenants', 'create', '--tenant', 'demo', '--name', '示例医院协会', '--registered-on', '2020-05-01'], env);
    expect(created.error).toBeUndefined();
    const parsed = parseApiKey(created.out.trim().split('\n').pop()!);
    expect(parsed?.tenant).toBe('demo');
    const store = new SqliteEventStore({ path: env.SQLITE_PATH });
    try {
      expect(
        (await store.readStream(organization.toOrganizationStreamId('demo'))).map((e) => [e.type, (e.data as { name?: string }).name]),
      ).toEqual([['OrganizationRegistered', '示例医院协会']]);
    } finally {
      await store.close();
    }
    expect(JSON.parse((await run(['keys', 'list', '--tenant', 'demo', '--json'], env)).out)).toEqual([
      expect.objectContaining({ role: 'admin', status: 'active' }),
    ]);
    const again = await run(['tenants', 'create', '--tenant', 'demo', '--name', '另一个'], env);
    expect(again.exitCode).toBe(1);
    expect(again.err).toContain('already on the record');
    expect((await run(['tenants', 'create', '--tenant', 'Demo!', '--name', 'x'], env)).error?.message).toMatch(/--tenant must be/);
  });
});
