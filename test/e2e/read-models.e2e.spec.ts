import Redis from 'ioredis';
import { PROJECTIONS, ProjectionRunner } from '@assocflow/projections';
import { startApi, type ApiHarness } from '../support/api-harness';
import { startRedis, type RedisProcess } from '../support/redis-process';

/** The api with the worker's projections running beside it, on a Redis of its own. */
describe('read models over HTTP: read your own writes', () => {
  let redisServer: RedisProcess;
  let redis: Redis;
  let api: ApiHarness;
  let runners: ProjectionRunner<unknown>[];
  let key: string;
  const tenant = 'sichuan';

  beforeAll(async () => {
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    api = await startApi({ REDIS_URL: redisServer.url });
    runners = PROJECTIONS.map((p) => new ProjectionRunner(api.store, redis, p, { activateOnCatchUp: true }));
    await Promise.all(runners.map((r) => r.start()));
    key = await api.key(tenant, 'secretary');
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await api.close();
    await redis.quit();
    await redisServer.stop();
  });

  const post = (path: string, body: object) =>
    api.http().post(`/v1/orgs/${tenant}${path}`).set('authorization', `Bearer ${key}`).send(body);
  const get = (path: string) => api.http().get(`/v1/orgs/${tenant}${path}`).set('authorization', `Bearer ${key}`);

  it('a founded branch appears in the registry and the summary once the projection passes the write', async () => {
    const res = await post('/branches', {
      branchId: 'rehab-mgmt',
      name: '医疗康复管理分会',
      kind: 'society',
      foundedOn: '2023-06-01',
    }).expect(201);
    const branches = await get(`/branches?minPosition=${res.body.position}&today=2027-12-15`).expect(200);
    expect(branches.body.branches).toEqual([expect.objectContaining({ branchId: 'rehab-mgmt', status: 'due-soon', dueOn: '2028-06-01' })]);
    expect(BigInt(branches.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(res.body.position));
    const overdue = await get('/branches?status=overdue&today=2028-07-01').expect(200);
    expect(overdue.body.branches.map((b: { branchId: string }) => b.branchId)).toEqual(['rehab-mgmt']);

    const summary = await get(`/summaries/2023?minPosition=${res.body.position}`).expect(200);
    expect(summary.body.indicators['branches.founded']).toEqual({ value: 1, approximate: false });
    expect(summary.body.ledger).toBeUndefined();
  });

  it('a training backfill given as a total counts with its lower-bound flag', async () => {
    const res = await post('/activities/backfills', {
      activityKind: 'academic',
      year: 2023,
      sessions: 54,
      onlineSessions: 18,
      participants: { value: 30300, approximate: true },
      note: '线上线下学术研讨活动',
      source: { document: '川医协发〔2023〕267号', section: '二、（二）' },
    }).expect(201);
    const summary = await get(`/summaries/2023?minPosition=${res.body.position}`).expect(200);
    expect(summary.body.indicators['academic.sessions']).toEqual({ value: 54, approximate: false });
    expect(summary.body.indicators['academic.participants']).toEqual({ value: 30300, approximate: true });
  });

  it('answers 304 to a matching If-None-Match, and 400 to a bad query', async () => {
    const first = await get('/summaries/2023').expect(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    await get('/summaries/2023').set('if-none-match', first.headers.etag).expect(304);
    const bad = await get('/branches?status=sleeping').expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'status', rule: 'isIn' });
    await get('/summaries/20x3').expect(400);
    await get('/summaries/2019').expect(404);
  });

  it('lists years side by side', async () => {
    const res = await get('/summaries?from=2022&to=2024').expect(200);
    const years = res.body.years.map((y: { year: number }) => y.year);
    expect(years[0]).toBe(2023);
    expect(years).toEqual([...years].sort());
    expect(years.every((y: number) => y >= 2022 && y <= 2024)).toBe(true);
  });
});
