import Redis from 'ioredis';
import { ProjectionRunner } from '@assocflow/projections';
import { meetingRegisterProjection, type MeetingRegisterDoc } from '@assocflow/projections/registers';
import { startApi, type ApiHarness } from '../support/api-harness';
import { startRedis, type RedisProcess } from '../support/redis-process';

describe('meeting commands over HTTP (SQLite on disk, real Redis)', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const council = { body: 'council', term: 4 };
  const stream = 'meetings-sichuan.council-t4';

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, key = secretary) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}${path}`)
      .set('authorization', `Bearer ${key}`)
      .send(body as object);

  it("declares the council's series for a term: 201, the event in the series stream with its metadata", async () => {
    const res = await post('/meeting-series', { ...council, membersTotal: 61, heldSoFar: 4, declaredOn: '2024-01-02' }).expect(201);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ streamId: stream, revision: '0', events: [{ type: 'MeetingSeriesDeclared' }] });
    const [event] = await api.store.readStream(stream);
    expect(event.data).toMatchObject({ body: 'council', term: 4, membersTotal: 61, heldSoFar: 4 });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2024-01-02', schemaVersion: 1 });
    const again = await post('/meeting-series', { ...council, membersTotal: 61, declaredOn: '2024-01-03' }).expect(422);
    expect(again.body.rule).toBe('meeting-series-declared-once');
  });

  it('schedules, notifies, holds (四届五次理事会) and minutes a meeting', async () => {
    await post('/meetings', {
      ...council,
      meetingId: 'council-2024-1',
      scheduledOn: '2024-03-28',
      decidedOn: '2024-03-01',
      title: '四届五次理事会',
      location: '成都',
    }).expect(201);
    await post('/meetings/council-2024-1/notice', { ...council, sentOn: '2024-03-10' }).expect(201);
    const held = await post('/meetings/council-2024-1/held', {
      ...council,
      heldOn: '2024-03-28',
      present: 55,
      resolutions: [
        { title: '关于增补理事的决议', votesFor: 52, votesAgainst: 1, abstentions: 2 },
        { title: '关于调整会费标准的决议', votesFor: 30 },
      ],
    }).expect(201);
    expect(held.body).toMatchObject({ revision: '3', events: [{ type: 'MeetingHeld' }] });
    const events = await api.store.readStream(stream);
    expect(events[3].data).toMatchObject({
      ordinal: 5,
      title: '四届五次理事会',
      quorumMet: true,
      minutesRecorded: false,
      resolutions: [
        { title: '关于增补理事的决议', passed: true },
        { title: '关于调整会费标准的决议', passed: false },
      ],
    });
    await post('/meetings/council-2024-1/minutes', { ...council, recordedOn: '2024-04-02', minutesRef: '川医协纪〔2024〕3号' }).expect(201);
    const twice = await post('/meetings/council-2024-1/minutes', { ...council, recordedOn: '2024-04-03' }).expect(422);
    expect(twice.body.rule).toBe('minutes-recorded-once');
  });

  it('records a meeting held that was never scheduled, and cancels a scheduled one', async () => {
    const res = await post('/meetings/council-2024-extra/held', {
      ...council,
      heldOn: '2024-06-01',
      present: 40,
      title: '四届六次理事会（通讯）',
      minutesRecorded: true,
    }).expect(201);
    expect(res.body.events).toEqual([expect.objectContaining({ type: 'MeetingHeld' })]);
    await post('/meetings', { ...council, meetingId: 'council-2024-2', scheduledOn: '2024-12-20' }).expect(201);
    await post('/meetings/council-2024-2/cancellation', { ...council, cancelledOn: '2024-12-01', reason: '与年会合并召开' }).expect(201);
    const closed = await post('/meetings/council-2024-2/held', { ...council, heldOn: '2024-12-20', present: 50 }).expect(422);
    expect(closed.body.rule).toBe('cancelled-meeting-is-closed');
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/meetings/council-2024-3/held', {
      body: 'board',
      term: 0,
      heldOn: '2024-02-30',
      present: -1,
      resolutions: [{ title: '', votesFor: 1.5 }],
      minutesRecorded: 'yes',
      extra: 1,
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body', rule: 'matches' }),
        expect.objectContaining({ field: 'term', rule: 'min' }),
        expect.objectContaining({ field: 'heldOn', rule: 'isIsoDate' }),
        expect.objectContaining({ field: 'present', rule: 'min' }),
        expect.objectContaining({ field: 'resolutions.0.title', rule: 'isNotEmpty' }),
        expect.objectContaining({ field: 'resolutions.0.votesFor', rule: 'isInt' }),
        expect.objectContaining({ field: 'minutesRecorded', rule: 'isBoolean' }),
        expect.objectContaining({ field: 'extra', rule: 'whitelistValidation' }),
      ]),
    );
    const noSeries = await post('/meetings/council-2024-3/notice', { sentOn: '2024-03-01' }).expect(400);
    expect(noSeries.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'body' }), expect.objectContaining({ field: 'term' })]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the rule the meeting breaks', async () => {
    const undeclared = await post('/meetings', {
      body: 'standing-council',
      term: 4,
      meetingId: 'sc-2024-1',
      scheduledOn: '2024-05-01',
    }).expect(422);
    expect(undeclared.body).toMatchObject({ status: 422, rule: 'meeting-series-must-be-declared' });
    await post('/meeting-series', { body: 'general-assembly', term: 5, membersTotal: 300, declaredOn: '2024-01-01' }).expect(201);
    await post('/meetings', { body: 'general-assembly', term: 5, meetingId: 'ga-2024', scheduledOn: '2024-11-20' }).expect(201);
    const late = await post('/meetings/ga-2024/notice', { body: 'general-assembly', term: 5, sentOn: '2024-11-18' }).expect(422);
    expect(late.body.rule).toBe('general-assembly-notice-days-ahead');
    const quorum = await post('/meetings/ga-2024/held', {
      body: 'general-assembly',
      term: 5,
      heldOn: '2024-11-20',
      present: 100,
      resolutions: [{ title: '工作报告', votesFor: 100 }],
    }).expect(422);
    expect(quorum.body.rule).toBe('resolutions-need-quorum');
    const present = await post('/meetings/ga-2024/held', { body: 'general-assembly', term: 5, heldOn: '2024-11-20', present: 301 }).expect(
      422,
    );
    expect(present.body.rule).toBe('present-at-most-members');
  });

  it("keeps a branch committee's series apart from the council's", async () => {
    const unknown = await post('/meeting-series', {
      body: 'branch-quality-mgmt',
      term: 2,
      membersTotal: 45,
      declaredOn: '2024-01-01',
    }).expect(422);
    expect(unknown.body).toMatchObject({ rule: 'branch-must-exist', errors: [{ field: 'body', rule: 'branch-must-exist' }] });
    await post('/branches', { branchId: 'quality-mgmt', name: '医疗质量管理分会', kind: 'society', foundedOn: '2023-01-10' }).expect(201);
    const res = await post('/meeting-series', { body: 'branch-quality-mgmt', term: 2, membersTotal: 45, declaredOn: '2024-01-01' }).expect(
      201,
    );
    expect(res.body.streamId).toBe('meetings-sichuan.branch-quality-mgmt-t2');
    const taken = await post('/meetings', { ...council, meetingId: 'council-2024-1', scheduledOn: '2024-09-01' }).expect(422);
    expect(taken.body.rule).toBe('meeting-id-unique-in-series');
    await post('/meetings', { body: 'branch-quality-mgmt', term: 2, meetingId: 'council-2024-1', scheduledOn: '2024-09-01' }).expect(201);
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = { ...council, meetingId: 'council-2025-1', scheduledOn: '2025-03-27', title: '四届七次理事会' };
    const first = await post('/meetings', body).set('idempotency-key', 'seed-meetings-2025-0001').expect(201);
    const again = await post('/meetings', body).set('idempotency-key', 'seed-meetings-2025-0001').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const scheduled = (await api.store.readStream(stream)).filter((e) => (e.data as { meetingId?: string }).meetingId === 'council-2025-1');
    expect(scheduled).toHaveLength(1);
  });
});

/** With the meeting register's projection running beside the api, on a Redis of its own. */
describe('the meeting register over HTTP: ordinals by date, quorum unknown when attendance is not stated', () => {
  let redisServer: RedisProcess;
  let redis: Redis;
  let api: ApiHarness;
  let runner: ProjectionRunner<MeetingRegisterDoc>;
  let secretary: string;
  const tenant = 'sichuan';
  const council = { body: 'council', term: 4 };

  beforeAll(async () => {
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    api = await startApi({ REDIS_URL: redisServer.url });
    runner = new ProjectionRunner(api.store, redis, meetingRegisterProjection, { activateOnCatchUp: true });
    await runner.start();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(async () => {
    await runner.stop();
    await api.close();
    await redis.quit();
    await redisServer.stop();
  });

  const post = (path: string, body: unknown) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}${path}`)
      .set('authorization', `Bearer ${secretary}`)
      .send(body as object);
  const register = async (position: string) =>
    (await api.http().get(`/v1/orgs/${tenant}/meetings?minPosition=${position}`).set('authorization', `Bearer ${secretary}`).expect(200))
      .body;
  const labels = (doc: { meetings: Record<string, { meetingId: string; label?: string }> }) =>
    Object.fromEntries(Object.values(doc.meetings).map((m) => [m.meetingId, m.label]));

  it('a meeting posted after later ones: 201, and the register numbers every meeting by date', async () => {
    await post('/meeting-series', { ...council, membersTotal: 61, heldSoFar: 5, declaredOn: '2024-01-02' }).expect(201);
    await post('/meetings/council-2024-07/held', { ...council, heldOn: '2024-07-01', present: 50 }).expect(201);
    const november = await post('/meetings/council-2024-11/held', { ...council, heldOn: '2024-11-20', present: 48 }).expect(201);
    expect(labels(await register(november.body.position))).toEqual({
      'council-2024-07': '四届六次理事会',
      'council-2024-11': '四届七次理事会',
    });

    const before = (await api.allEvents()).length;
    const march = await post('/meetings/council-2024-03/held', { ...council, heldOn: '2024-03-28', present: 55 }).expect(201);
    expect(march.body.events.map((e: { type: string }) => e.type)).toEqual(['MeetingHeld', 'MeetingsRenumbered']);
    expect((await api.allEvents()).length).toBe(before + 2);
    const doc = await register(march.body.position);
    expect(labels(doc)).toEqual({
      'council-2024-03': '四届六次理事会',
      'council-2024-07': '四届七次理事会',
      'council-2024-11': '四届八次理事会',
    });
    expect(doc.series['council-t4']).toMatchObject({ held: 8, lastOrdinal: 8, lastHeldOn: '2024-11-20' });
  });

  it('a meeting whose attendance the document does not give: 201 with the quorum unknown; votes need present; nothing before the declaration', async () => {
    const held = await post('/meetings/council-2024-12/held', { ...council, heldOn: '2024-12-20', title: '四届九次理事会（通讯）' }).expect(
      201,
    );
    const entry = (await register(held.body.position)).meetings['council-t4/council-2024-12'];
    expect(entry).toMatchObject({ status: 'held', label: '四届九次理事会', membersTotal: 61, quorum: 'unknown' });
    expect(entry).not.toHaveProperty('quorumMet');
    expect(entry).not.toHaveProperty('present');

    const before = (await api.allEvents()).length;
    const votes = await post('/meetings/council-2024-12b/held', {
      ...council,
      heldOn: '2024-12-21',
      resolutions: [{ title: '工作报告', votesFor: 40 }],
    }).expect(422);
    expect(votes.body.rule).toBe('resolutions-need-present');
    const early = await post('/meetings/council-2023-12/held', { ...council, heldOn: '2023-12-20', present: 50 }).expect(422);
    expect(early.body.rule).toBe('meeting-held-after-series-declared');
    expect((await api.allEvents()).length).toBe(before);
  });
});
