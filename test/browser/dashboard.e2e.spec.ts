import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROJECTIONS } from '@assocflow/projections';
import type { SummaryIndicatorKey } from '@assocflow/projections/yearly-summary';
import { figureWithUnit } from '@assocflow/reporting';
import { CARD_INDICATORS } from '../../apps/api/src/dashboard/view/i18n';
import { artifactPath, launchChromium } from '../support/browser';
import { startSeedTarget, type SeedApi, type SeedTarget } from '../support/seeded-store';

const SEEDS = join(__dirname, '..', '..', 'seeds');

interface ExpectedFigure {
  indicator: string;
  value: number;
  approximate: boolean;
}
const expected = (tenant: string, year: number): ExpectedFigure[] =>
  (JSON.parse(readFileSync(join(SEEDS, tenant, `${year}.expected.json`), 'utf8')) as { figures: ExpectedFigure[] }).figures;

/**
 * The dashboard in a real headless Chromium over the imported seeds: what a secretariat sees
 * after signing in, page by page, with screenshots kept in test-artifacts/dashboard/.
 */
describe('the dashboard, in a browser, over the seeds', () => {
  let target: SeedTarget;
  let api: SeedApi;
  let base: string;
  let browser: Browser;
  /** Every request the pages made: nothing may leave the api's origin. */
  const requested: string[] = [];

  async function signedIn(tenant: string, lang?: 'en'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${base}/dashboard${lang === 'en' ? '?lang=en' : ''}`);
    await page.fill('#api-key', await api.readerKey(tenant));
    await Promise.all([page.waitForURL(new RegExp(`/dashboard/${tenant}`)), page.click('form.sign-in button[type=submit]')]);
    return { context, page };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: artifactPath('dashboard', `${name}.png`), fullPage: true });

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(SEEDS);
    expect(report.rejected).toEqual([]);
    await target.rebuild(...PROJECTIONS);
    api = await target.startApi();
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as { port: number }).port}`;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await target?.close();
  });

  it('refuses a wrong key with a message on the sign-in page, and sets no session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.fill('#api-key', 'af_sichuan_nosuchkey_0000000000000000');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/dashboard/session')),
      page.click('form.sign-in button[type=submit]'),
    ]);
    expect(response.status()).toBe(401);
    await expect(page.textContent('[role=alert]')).resolves.toContain('密钥无效');
    expect(await context.cookies()).toEqual([]);
    await shot(page, 'sign-in-refused');
    // Without a session the pages send the browser back to sign in.
    await page.goto(`${base}/dashboard/sichuan`);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await context.close();
  });

  it('shows the year at a glance for sichuan 2023: every card figure as the document states it, and the charts drawn', async () => {
    const { context, page } = await signedIn('sichuan');
    const cookies = await context.cookies();
    expect(cookies).toEqual([
      expect.objectContaining({ name: 'assocflow_session.sichuan', httpOnly: true, sameSite: 'Strict', path: '/' }),
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.textContent('h1')).resolves.toContain('2023');
    await expect(page.textContent('header .brand')).resolves.toBe('四川省医院协会');

    // The cards state the document's own figures (seeds/sichuan/2023.expected.json): 30300余人次, 18312人次 ...
    const stated = new Map(expected('sichuan', 2023).map((f) => [f.indicator, f]));
    const shown = CARD_INDICATORS.filter((c) => stated.has(c.key));
    expect(shown.map((c) => c.key)).toEqual(
      expect.arrayContaining(['academic.sessions', 'academic.participants', 'training.participants', 'grants.awarded', 'branches.founded']),
    );
    for (const { key } of shown) {
      const figure = stated.get(key)!;
      await expect(page.textContent(`[data-indicator="${key}"] .card-value`)).resolves.toBe(
        figureWithUnit('zh', key as SummaryIndicatorKey, figure),
      );
    }
    await expect(page.textContent('[data-indicator="academic.participants"] .card-value')).resolves.toBe('30300余人次');
    await expect(page.textContent('[data-indicator="training.participants"] .card-value')).resolves.toBe('18312人次');
    // No 2022 on record: no change to state.
    await expect(page.textContent('[data-indicator="academic.sessions"] .card-change')).resolves.toBe('上年无记录');

    // Three charts, drawn by ECharts as SVG, each with its figures as a table.
    for (const id of ['chart-activities', 'chart-grants', 'chart-branches']) {
      await page.waitForSelector(`#${id}[data-drawn="true"] svg`, { timeout: 15_000 });
      expect(await page.locator(`#${id} svg path`).count()).toBeGreaterThan(3);
    }
    const activityRows = await page.locator('#chart-activities-caption ~ details tbody tr').allTextContents();
    expect(activityRows.join('\n')).toContain('培训');
    expect(activityRows.join('\n')).toContain('18312');
    // Plan versus actual, with the plan's targets.
    expect(await page.locator('#plan-table tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'sichuan-2023-overview');
    await context.close();
  });

  it('lists the branches with their status, the four founded in 2023 among them', async () => {
    const { context, page } = await signedIn('sichuan');
    await page.click('nav a:has-text("分支机构")');
    await page.waitForURL(/\/dashboard\/sichuan\/branches/);
    const text = (await page.textContent('#branches-table')) ?? '';
    for (const name of ['医疗康复管理分会', '门诊管理分会', '信息化建设分会', '医学装备管理分会']) expect(text).toContain(name);
    const active = expected('sichuan', 2023).find((f) => f.indicator === 'branches.active')!.value;
    expect(await page.locator('#branches-table tbody tr').count()).toBeGreaterThanOrEqual(active);
    await shot(page, 'sichuan-branches');
    await context.close();
  });

  it('shows the meetings with their ordinals and the reminders feed', async () => {
    const { context, page } = await signedIn('shandong');
    await page.goto(`${base}/dashboard/shandong/meetings?year=2026`);
    // The plan schedules 四届六次 for the first quarter: the ordinal it takes when held, marked 拟.
    const meetings = (await page.textContent('#meetings-table')) ?? '';
    expect(meetings).toContain('四届六次');
    expect(meetings).toContain('拟');
    expect(await page.locator('#meetings-table tbody tr').count()).toBe(7);
    await shot(page, 'shandong-2026-meetings');
    // A year recorded only as totals (shandong 2025: 会长办公会3次) shows them, from the summary.
    await page.goto(`${base}/dashboard/shandong/meetings?year=2025`);
    await expect(page.textContent('[data-meeting-totals]')).resolves.toContain('会长办公会3次');
    await expect(page.textContent('#year-meetings')).resolves.toContain('仅有全年汇总');
    await page.goto(`${base}/dashboard/shandong/reminders`);
    await expect(page.textContent('h1')).resolves.toContain('提醒');
    await shot(page, 'shandong-reminders');
    await context.close();
  });

  it('compares the year with the one before (shandong 2026 against 2025)', async () => {
    const { context, page } = await signedIn('shandong');
    await page.goto(`${base}/dashboard/shandong?year=2026`);
    const changes = await page.locator('.card-change').allTextContents();
    expect(changes.some((c) => c.startsWith('较上年'))).toBe(true);
    await shot(page, 'shandong-2026-overview');
    await context.close();
  });

  it('shows the report and its downloads work with the session alone', async () => {
    const { context, page } = await signedIn('sichuan');
    await page.goto(`${base}/dashboard/sichuan/report?year=2023`);
    const frame = page.frameLocator('#report-frame');
    await expect(frame.locator('body').textContent()).resolves.toContain('30300余人次');
    for (const format of ['md', 'html']) {
      const href = await page.getAttribute(`[data-download="report-${format}"]`, 'href');
      const response = await context.request.get(`${base}${href}`);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('18312');
    }
    // The PDF, printed by the api's Chromium, holds the document's figures and the four new branches.
    const pdfHref = await page.getAttribute('[data-download="report-pdf"]', 'href');
    const pdf = await context.request.get(`${base}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const pdfFile = artifactPath('dashboard', 'sichuan-2023.pdf');
    writeFileSync(pdfFile, await pdf.body());
    const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const figure of [
      '30300余人次',
      '18312',
      '医疗康复管理分会',
      '门诊管理分会',
      '信息化建设分会',
      '医学装备管理分会',
      '四川省医院协会',
      '川医协发〔2023〕267号',
    ])
      expect(pdfText).toContain(figure);
    // The registers as spreadsheets, with the session alone: the activity ledger holds the document's totals.
    const xlsxHref = await page.getAttribute('[data-download="activities-xlsx"]', 'href');
    const xlsx = await context.request.get(`${base}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    writeFileSync(artifactPath('dashboard', 'sichuan-activities-2023.xlsx'), await xlsx.body());
    const csv = await context.request.get(`${base}${await page.getAttribute('[data-download="summary-csv"]', 'href')}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('academic.participants,,30300余');
    await shot(page, 'sichuan-report');
    // The session is a read pass: a write with the cookie alone is refused.
    const write = await context.request.post(`${base}/v1/orgs/sichuan/indicators`, { data: {} });
    expect(write.status()).toBe(401);
    // Another tenant's pages and reads are not opened by this tenant's session.
    expect((await context.request.get(`${base}/v1/orgs/shandong/summaries/2025`)).status()).toBe(401);
    await page.goto(`${base}/dashboard/shandong`);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await context.close();
  });

  it('works in English, by keyboard, and signs out', async () => {
    const { context, page } = await signedIn('sichuan', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.textContent('h1')).resolves.toContain('Year at a glance');
    await expect(page.textContent('[data-indicator="academic.participants"] .card-value')).resolves.toBe('30,300+ participants');
    // The first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement?.className')).resolves.toBe('skip');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('main');
    // Navigation by keyboard: focus the branches link and follow it with Enter.
    await page.focus('nav a[href*="/branches"]');
    await Promise.all([page.waitForURL(/\/branches/), page.keyboard.press('Enter')]);
    await shot(page, 'sichuan-branches-en');
    await Promise.all([page.waitForURL(/\/dashboard(\?|$)/), page.click('form.logout button')]);
    expect(await context.cookies()).toEqual([]);
    expect((await context.request.get(`${base}/v1/orgs/sichuan/summaries/2023`)).status()).toBe(401);
    await context.close();
  });

  it('loaded nothing from outside the api', () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !url.startsWith(base))).toEqual([]);
  });
});
