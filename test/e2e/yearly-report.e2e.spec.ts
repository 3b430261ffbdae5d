import Redis from 'ioredis';
import { ProjectionRunner } from '@assocflow/projections';
import { yearlySummaryProjection, type YearlySummaryDocument } from '@assocflow/projections/yearly-summary';
import { appendRecorded, sichuan2023Events } from '../../libs/reporting/src/testing/sichuan-2023.fixture';
import { startApi, type ApiHarness } from '../support/api-harness';
import { startRedis, type RedisProcess } from '../support/redis-process';

/** GET /v1/orgs/:tenant/summaries/:year/report over HTTP, the yearly summary kept by its runner. */
describe('the yearly report over HTTP', () => {
  let redisServer: RedisProcess;
  let redis: Redis;
  let api: ApiHarness;
  let runner: ProjectionRunner<YearlySummaryDocument>;
  let key: string;
  let head: bigint;
  const tenant = 'sichuan';

  beforeAll(async () => {
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    api = await startApi({ REDIS_URL: redisServer.url });
    runner = new ProjectionRunner(api.store, redis, yearlySummaryProjection, { activateOnCatchUp: true });
    await runner.start();
    await appendRecorded(api.store, sichuan2023Events(tenant).events);
    head = await api.store.headPosition();
    key = await api.key(tenant, 'reader');
  });
  afterAll(async () => {
    await runner.stop();
    await api.close();
    await redis.quit();
    await redisServer.stop();
  });

  const get = (query: string, year = 2023) =>
    api
      .http()
      .get(`/v1/orgs/${tenant}/summaries/${year}/report${query}`)
      .set('authorization', `Bearer ${key}`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });

  it('answers the Chinese report as Markdown by default, to any role of the tenant, with the figures as the documents write them', async () => {
    const res = await get(`?minPosition=${head}`).expect(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(BigInt(res.headers['x-projection-position'])).toBeGreaterThanOrEqual(head);
    expect(res.headers.etag).toMatch(/^W\/"report-sichuan-2023-zh-md-r\d+-[\w-]{10}-\d+"$/);
    const body = res.body as string;
    expect(body).toMatch(/^# sichuan 2023年度工作总结\n/);
    expect(body).toContain('举办学术活动54场（其中线上18场），参加人员30300余人次。');
    expect(body).toContain('举办培训20场次，培训18312人次。');
    expect(body).toContain('资助课题51项，资助经费56.8万元。');
    expect(body).toContain('新成立分支机构4个：医疗康复管理分会、门诊管理分会、信息化建设分会、医学装备管理分会。');
    expect(body).toContain(
      '| 新成立分支机构 | 医疗康复管理分会、门诊管理分会、药事管理分会 | 已成立：医疗康复管理分会、门诊管理分会；未成立：药事管理分会 | 部分完成 |',
    );
  });

  it('answers the English report as a standalone HTML document', async () => {
    const res = await get(`?lang=en&format=html&minPosition=${head}`).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const body = res.body as string;
    expect(body).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(body).toContain('<p>Held 54 academic sessions (18 online), with 30,300+ participants.</p>');
    expect(body).toContain('<p>Held 20 training sessions, with 18,312 participants.</p>');
    expect(body).toContain('<p>Awarded 51 research grants, CNY 568,000 in total.</p>');
    expect(body).toContain('<tr><td>发布团体标准</td><td>1 standard</td><td>0 standards</td><td>Not met</td></tr>');
  });

  it('answers 304 to the ETag of the same report, and gives each language and format its own ETag', async () => {
    const zh = await get('').expect(200);
    await get('').set('if-none-match', zh.headers.etag).expect(304);
    const en = await get('?lang=en').expect(200);
    expect(en.headers.etag).not.toBe(zh.headers.etag);
    await get('?lang=en').set('if-none-match', zh.headers.etag).expect(200);
  });

  it('answers 400 naming the field and the rule for a language or format it does not know', async () => {
    const lang = await api.http().get(`/v1/orgs/${tenant}/summaries/2023/report?lang=fr`).set('authorization', `Bearer ${key}`).expect(400);
    expect(lang.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(lang.body.errors).toEqual([expect.objectContaining({ field: 'lang', rule: 'isIn' })]);
    const format = await api
      .http()
      .get(`/v1/orgs/${tenant}/summaries/2023/report?format=docx`)
      .set('authorization', `Bearer ${key}`)
      .expect(400);
    expect(format.body.errors).toEqual([expect.objectContaining({ field: 'format', rule: 'isIn' })]);
    const position = await api
      .http()
      .get(`/v1/orgs/${tenant}/summaries/2023/report?minPosition=soon`)
      .set('authorization', `Bearer ${key}`)
      .expect(400);
    expect(position.body.errors).toEqual([expect.objectContaining({ field: 'minPosition' })]);
  });

  it('answers 404 for a year with nothing recorded, 401 without a key', async () => {
    const missing = await api.http().get(`/v1/orgs/${tenant}/summaries/2019/report`).set('authorization', `Bearer ${key}`).expect(404);
    expect(missing.body.detail).toBe('nothing is recorded for sichuan in 2019');
    await api.http().get(`/v1/orgs/${tenant}/summaries/2023/report`).expect(401);
  });

  it('is documented in OpenAPI with its parameters and content types', async () => {
    const res = await api.http().get('/docs-json').expect(200);
    const operation = res.body.paths['/v1/orgs/{tenant}/summaries/{year}/report'].get;
    const params = Object.fromEntries(
      operation.parameters.map((p: { name: string; in: string; schema?: { enum?: string[] } }) => [p.name, p]),
    );
    expect(params.lang).toMatchObject({ in: 'query', schema: expect.objectContaining({ enum: ['zh', 'en'] }) });
    expect(params.format).toMatchObject({ in: 'query', schema: expect.objectContaining({ enum: ['md', 'html', 'pdf'] }) });
    expect(params.minPosition).toMatchObject({ in: 'query' });
    expect(Object.keys(operation.responses['200'].content)).toEqual(
      expect.arrayContaining(['text/markdown', 'text/html', 'application/pdf']),
    );
  });

  it('is headed by the organization and its 文号 once issued, under a new ETag', async () => {
    const before = await get('').expect(200);
    const secretary = await api.key(tenant, 'secretary');
    const post = (path: string, body: object) =>
      api.http().post(`/v1/orgs/${tenant}/organization${path}`).set('authorization', `Bearer ${secretary}`).send(body).expect(201);
    await post('', { name: '四川省医院协会', kind: 'association', registeredOn: '2023-01-01' });
    await post('/yearly-reports', { year: 2023, documentNumber: '川医协发〔2023〕267号', issuedOn: '2023-12-29' });
    const after = await get('').set('if-none-match', before.headers.etag).expect(200);
    expect(after.body as string).toMatch(/^# 四川省医院协会 2023年度工作总结\n\n川医协发〔2023〕267号\n\n## 一、学术活动/);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});
