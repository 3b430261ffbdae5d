import { startApi, type ApiHarness } from '../support/api-harness';

describe('activity commands over HTTP (SQLite on disk, real Redis)', () => {
  let api: ApiHarness;
  let secretary: string;
  let officer: string;
  const tenant = 'sichuan';
  const contest = {
    activityId: 'qcc-contest-2023',
    title: '四川省第八届医院品管圈大赛',
    heldOn: '2023-11-16',
    endedOn: '2023-11-17',
    organizer: { kind: 'organization' },
    sessions: 2,
    mode: 'hybrid',
    onlineSessions: 1,
    participants: { value: 30300, approximate: true },
    teams: 126,
  };
  const training = {
    activityId: 'dip-training-2023',
    title: 'DIP支付方式改革专题培训班',
    heldOn: '2023-05-12',
    organizer: { kind: 'branch', branchId: 'quality-mgmt' },
    sessions: 1,
    mode: 'offline',
    participants: { value: 320, approximate: false },
    cmeCreditProject: true,
    passed: 300,
  };

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
    officer = await api.key(tenant, 'branch-officer', ['quality-mgmt']);
    // The organizer of the branch's training must exist: found it first.
    await post('/branches', { branchId: 'quality-mgmt', name: '医疗质量管理分会', kind: 'society', foundedOn: '2023-01-10' }).expect(201);
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, key = secretary) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}${path}`)
      .set('authorization', `Bearer ${key}`)
      .send(body as object);

  it('records a competition: 201 with the stream, the event and its metadata', async () => {
    const res = await post('/activities/competitions', contest).expect(201);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ streamId: 'activity-sichuan.qcc-contest-2023', revision: '0', events: [{ type: 'CompetitionHeld' }] });
    const [event] = await api.store.readStream('activity-sichuan.qcc-contest-2023');
    expect(event.data).toMatchObject({
      occurredOn: '2023-11-16',
      teams: 126,
      onlineSessions: 1,
      participants: { value: 30300, approximate: true },
    });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2023-11-16', schemaVersion: 1 });
  });

  it('records each kind through its own endpoint, trainings at schema version 2', async () => {
    const base = { organizer: { kind: 'organization' }, sessions: 1, mode: 'online', participants: { value: 1200, approximate: false } };
    const cases: [string, string, Record<string, unknown>][] = [
      [
        '/activities/trainings',
        'TrainingHeld',
        { activityId: 'cme-2023-1', title: '医院感染管理培训班', heldOn: '2023-03-01', cmeCreditProject: true },
      ],
      [
        '/activities/academic-events',
        'AcademicEventHeld',
        { activityId: 'forum-2023', title: '2023年四川医院管理论坛', heldOn: '2023-09-20' },
      ],
      [
        '/activities/public-welfare',
        'PublicWelfareActivityHeld',
        {
          activityId: 'clinic-2023-1',
          title: '“三下乡”义诊活动',
          heldOn: '2023-06-01',
          mode: 'offline',
          peopleServed: { value: 1500, approximate: true },
        },
      ],
      [
        '/activities/exchange-visits',
        'ExchangeVisitHeld',
        { activityId: 'visit-2023-1', title: '赴浙江省医院协会交流考察', heldOn: '2023-10-10', mode: 'offline' },
      ],
      [
        '/activities/study-sessions',
        'StudySessionHeld',
        { activityId: 'study-2023-1', title: '学习贯彻党的二十大精神专题学习会', heldOn: '2023-02-15', mode: 'offline' },
      ],
    ];
    for (const [path, type, body] of cases) {
      const res = await post(path, { ...base, ...body }).expect(201);
      expect(res.body.events).toEqual([expect.objectContaining({ type })]);
    }
    const [trainingHeld] = await api.store.readStream('activity-sichuan.cme-2023-1');
    expect(trainingHeld.metadata).toMatchObject({ schemaVersion: 2 });
    expect(trainingHeld.data).toMatchObject({ onlineSessions: 1, cmeCreditProject: true });
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/activities/competitions', {
      ...contest,
      activityId: 'bad',
      heldOn: '2023-02-30',
      sessions: 0,
      mode: 'radio',
      participants: { value: -1, approximate: 'yes' },
      organizer: { kind: 'organization', branchId: 'quality-mgmt' },
      extra: 1,
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'heldOn', rule: 'isIsoDate' }),
        expect.objectContaining({ field: 'sessions', rule: 'min' }),
        expect.objectContaining({ field: 'mode', rule: 'isIn' }),
        expect.objectContaining({ field: 'participants.value', rule: 'min' }),
        expect.objectContaining({ field: 'participants.approximate', rule: 'isBoolean' }),
        expect.objectContaining({ field: 'organizer.branchId', rule: 'onlyForBranch' }),
        expect.objectContaining({ field: 'extra', rule: 'whitelistValidation' }),
      ]),
    );
    const missing = await post('/activities/trainings', {
      ...training,
      activityId: 'no-branch',
      organizer: { kind: 'branch' },
      endedOn: null,
    }).expect(400);
    expect(missing.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'organizer.branchId' }),
        expect.objectContaining({ field: 'endedOn', rule: 'isIsoDate' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the rule the record breaks', async () => {
    const passed = await post('/activities/trainings', { ...training, activityId: 'too-many-passed', passed: 400 }).expect(422);
    expect(passed.body).toMatchObject({ status: 422, rule: 'passed-at-most-participants' });
    const hybrid = await post('/activities/competitions', { ...contest, activityId: 'hybrid-no-online', onlineSessions: undefined }).expect(
      422,
    );
    expect(hybrid.body.rule).toBe('online-sessions-match-mode');
    const again = await post('/activities/competitions', contest).expect(422);
    expect(again.body.rule).toBe('activity-recorded-once');
    const ends = await post('/activities/competitions', { ...contest, activityId: 'ends-early', endedOn: '2023-11-15' }).expect(422);
    expect(ends.body.rule).toBe('activity-ends-after-start');
  });

  it('answers 422 naming organizer.branchId for a branch never founded or registered, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const unknown = { kind: 'branch', branchId: 'infection-control' };
    const res = await post('/activities/trainings', { ...training, activityId: 'unknown-organizer', organizer: unknown }).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 422,
      rule: 'branch-must-exist',
      type: expect.stringMatching(/branch-must-exist$/),
      errors: [{ field: 'organizer.branchId', rule: 'branch-must-exist', message: expect.stringContaining('infection-control') }],
    });
    const corrected = await post('/activities/qcc-contest-2023/corrections', {
      correctedOn: '2024-01-10',
      changes: { organizer: unknown },
      reason: '主办单位更正',
    }).expect(422);
    expect(corrected.body.errors).toEqual([expect.objectContaining({ field: 'changes.organizer.branchId', rule: 'branch-must-exist' })]);
    expect((await api.allEvents()).length).toBe(before);
    expect(await api.store.readStream('activity-sichuan.unknown-organizer')).toHaveLength(0);
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = {
      ...contest,
      activityId: 'qcc-contest-2024',
      title: '四川省第九届医院品管圈大赛',
      heldOn: '2024-11-14',
      endedOn: undefined,
    };
    const first = await post('/activities/competitions', body).set('idempotency-key', 'seed-activities-2024-0001').expect(201);
    const again = await post('/activities/competitions', body).set('idempotency-key', 'seed-activities-2024-0001').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await api.store.readStream('activity-sichuan.qcc-contest-2024')).toHaveLength(1);
  });

  it("a branch officer records its own branch's activities and nothing else", async () => {
    const res = await post('/activities/trainings', training, officer).expect(201);
    expect(res.body.streamId).toBe('activity-sichuan.dip-training-2023');
    const other = await post(
      '/activities/trainings',
      { ...training, activityId: 'other-branch', organizer: { kind: 'branch', branchId: 'emergency-mgmt' } },
      officer,
    ).expect(403);
    expect(other.body).toMatchObject({ status: 403, type: expect.stringMatching(/forbidden/) });
    await post('/activities/academic-events', { ...training, activityId: 'org-wide', organizer: { kind: 'organization' } }, officer).expect(
      403,
    );
    const backfill = {
      activityKind: 'training',
      year: 2022,
      sessions: 20,
      onlineSessions: 0,
      participants: { value: 18312, approximate: false },
      note: '培训20场次18312人次',
      source: { document: '2022年工作总结', section: '二、（三）' },
    };
    await post('/activities/backfills', { ...backfill, organizer: { kind: 'branch', branchId: 'quality-mgmt' } }, officer).expect(403);
    await post(
      '/activities/dip-training-2023/retraction',
      { retractedOn: '2024-01-01', reason: '重复录入', organizer: { kind: 'branch', branchId: 'quality-mgmt' } },
      officer,
    ).expect(403);
    expect(await api.store.readStream('activity-sichuan.other-branch')).toHaveLength(0);
  });

  it('backfills a total, corrects it and refuses what does not apply', async () => {
    const backfill = {
      activityKind: 'training',
      year: 2022,
      sessions: 20,
      onlineSessions: 3,
      participants: { value: 18312, approximate: false },
      note: '全年举办培训班20场次，培训18312人次',
      source: { document: '四川省医院协会2022年工作总结', section: '二、（三）教育培训' },
    };
    const res = await post('/activities/backfills', backfill).expect(201);
    expect(res.body).toMatchObject({ streamId: 'activity-sichuan.backfill-training-2022-1', events: [{ type: 'ActivitiesBackfilled' }] });
    const [event] = await api.store.readStream('activity-sichuan.backfill-training-2022-1');
    expect(event.metadata).toMatchObject({ occurredAt: '2022-12-31' });
    await post('/activities/backfills', { ...backfill, sequence: 2 }).expect(201);
    const tooOnline = await post('/activities/backfills', { ...backfill, sequence: 3, onlineSessions: 21 }).expect(422);
    expect(tooOnline.body.rule).toBe('online-sessions-match-mode');

    await post('/activities/backfill-training-2022-1/corrections', {
      correctedOn: '2023-02-01',
      changes: { participants: { approximate: false, value: 18400 } },
      reason: '按年报口径更正',
    }).expect(201);
    const notApplicable = await post('/activities/backfill-training-2022-1/corrections', {
      correctedOn: '2023-02-01',
      changes: { teams: 3 },
      reason: '更正',
    }).expect(422);
    expect(notApplicable.body.rule).toBe('correction-fits-record-kind');
    const empty = await post('/activities/backfill-training-2022-1/corrections', {
      correctedOn: '2023-02-02',
      changes: { participants: { value: 18400, approximate: false } },
      reason: '更正',
    }).expect(422);
    expect(empty.body.rule).toBe('correction-changes-something');
  });

  it('corrects and retracts a held activity; a retracted record takes nothing more', async () => {
    const res = await post('/activities/qcc-contest-2023/corrections', {
      correctedOn: '2024-01-15',
      changes: { teams: 128, heldOn: '2023-11-15' },
      reason: '参赛队数按组委会终审名单更正',
    }).expect(201);
    expect(res.body).toMatchObject({ revision: '1', events: [{ type: 'ActivityRecordCorrected' }] });
    const bad = await post('/activities/qcc-contest-2023/corrections', {
      correctedOn: '2024-01-15',
      changes: { passed: 3 },
      reason: '更正',
    }).expect(422);
    expect(bad.body.rule).toBe('correction-fits-record-kind');
    await post('/activities/qcc-contest-2023/retraction', { retractedOn: '2024-02-01', reason: '重复录入' }).expect(201);
    const closed = await post('/activities/qcc-contest-2023/retraction', { retractedOn: '2024-02-02', reason: '重复录入' }).expect(422);
    expect(closed.body.rule).toBe('retracted-record-is-closed');
    const unknown = await post('/activities/never-recorded/retraction', { retractedOn: '2024-02-02', reason: '重复录入' }).expect(422);
    expect(unknown.body.rule).toBe('activity-must-be-recorded');
    const badId = await post('/activities/Not_An_Id/retraction', { retractedOn: '2024-02-02', reason: '重复录入' }).expect(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'activityId', rule: 'matches' })]);
  });
});
