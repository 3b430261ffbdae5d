import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommanderError } from 'commander';
import { SqliteEventStore } from '@assocflow/eventstore';
import { EventRecorder } from '@assocflow/projections/yearly-summary/event-recorder';
import { appendRecorded, sichuan2023Events } from '../../../../libs/reporting/src/testing/sichuan-2023.fixture';
import { buildProgram, type CliIo } from '../program';

interface Run {
  out: string;
  err: string;
  error?: CommanderError;
}

async function run(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const result: Run = { out: '', err: '' };
  const io: CliIo = {
    out: (text) => void (result.out += text),
    err: (text) => void (result.err += text),
    env,
    setExitCode: () => undefined,
  };
  const program = buildProgram(io);
  const all = (c: typeof program): (typeof program)[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride();
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    result.error = error as CommanderError;
  }
  return result;
}

/** `assocflow report`: the summary folded from the SQLite log itself, no worker and no Redis. */
describe('assocflow report', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-report-'));
    env = { SQLITE_PATH: join(dir, 'assocflow.sqlite') };
    const store = new SqliteEventStore({ path: env.SQLITE_PATH });
    try {
      await appendRecorded(store, sichuan2023Events('sichuan').events);
      // Another tenant's year must not leak into sichuan's report.
      await appendRecorded(store, sichuan2023Events('shandong').events);
    } finally {
      await store.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the Chinese report as Markdown by default', async () => {
    const { out, error } = await run(['report', 'sichuan', '2023'], env);
    expect(error).toBeUndefined();
    expect(out).toMatch(/^# sichuan 2023年度工作总结\n\n## 一、学术活动\n\n举办学术活动54场（其中线上18场），参加人员30300余人次。\n/);
    expect(out).toContain('举办培训20场次，培训18312人次。');
    expect(out).toContain('资助课题51项，资助经费56.8万元。');
    expect(out).toContain('新成立分支机构4个：医疗康复管理分会、门诊管理分会、信息化建设分会、医学装备管理分会。');
    expect(out).toContain('| 举办培训 | 25场 | 20场 | 部分完成 |');
  });

  it('writes the English report as HTML to --out', async () => {
    const file = join(dir, 'report.html');
    const { out, err, error } = await run(['report', 'sichuan', '2023', '--lang', 'en', '--format', 'html', '--out', file], env);
    expect(error).toBeUndefined();
    expect(out).toBe('');
    expect(err).toBe(`wrote ${file}\n`);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<p>Held 54 academic sessions (18 online), with 30,300+ participants.</p>');
    expect(html).toContain('<p>Founded 4 new branches: 医疗康复管理分会, 门诊管理分会, 信息化建设分会, 医学装备管理分会.</p>');
  });

  it("prints the Chinese report to an A4 PDF whose text holds the document's figures, headed by the organization and its 文号", async () => {
    // The organization registers and issues the year's report: its name and 文号 head every page.
    const profile = new EventRecorder('sichuan');
    profile.organization({
      type: 'RegisterOrganization',
      data: { name: '四川省医院协会', kind: 'association', registeredOn: '2023-01-01' },
    });
    profile.organization({
      type: 'IssueYearlyReport',
      data: { year: 2023, documentNumber: '川医协发〔2023〕267号', issuedOn: '2023-12-29' },
    });
    const store = new SqliteEventStore({ path: env.SQLITE_PATH });
    try {
      await appendRecorded(store, profile.events);
    } finally {
      await store.close();
    }
    const file = join(dir, 'report.pdf');
    const { err, error } = await run(['report', 'sichuan', '2023', '--format', 'pdf', '--out', file], env);
    expect(error).toBeUndefined();
    expect(err).toBe(`wrote ${file}\n`);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('30300余人次');
    expect(flat).toContain('18312');
    for (const name of ['医疗康复管理分会', '门诊管理分会', '信息化建设分会', '医学装备管理分会']) expect(flat).toContain(name);
    expect(flat).toContain('四川省医院协会2023年度工作总结');
    // The running header (the organization, the 文号) and the page numbers, on every page.
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.replace(/\s+/g, '')).toMatch(/^四川省医院协会川医协发〔2023〕267号/);
      expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页/共${pages.length}页`);
    });
  });

  it('says when nothing is recorded for the year', async () => {
    const { error } = await run(['report', 'sichuan', '2019'], env);
    expect(error?.message).toBe('nothing is recorded for sichuan in 2019');
  });

  it('refuses an unknown language or format, and a year that is not one', async () => {
    expect((await run(['report', 'sichuan', '2023', '--lang', 'fr'], env)).error?.message).toMatch(/Allowed choices are zh, en/);
    expect((await run(['report', 'sichuan', '2023', '--format', 'docx'], env)).error?.message).toMatch(/Allowed choices are md, html, pdf/);
    expect((await run(['report', 'sichuan', '2023', '--format', 'pdf'], env)).error?.message).toBe(
      'a PDF is written to a file: give --out <file.pdf>',
    );
    expect((await run(['report', 'sichuan', '20x3'], env)).error?.message).toMatch(/4-digit year/);
  });
});
