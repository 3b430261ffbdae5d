import { startApi, type ApiHarness } from '../support/api-harness';

describe('grant commands over HTTP (SQLite on disk, real Redis)', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const call = {
    callId: 'research-2024',
    title: '关于开展2024年度医院管理科研课题申报工作的通知',
    year: 2024,
    openedOn: '2024-03-01',
    closesOn: '2024-04-30',
    budgetYuan: 568000,
  };
  const application = {
    grantId: 'sc2024-017',
    callId: 'research-2024',
    title: '基于品管圈的住院患者跌倒预防研究',
    applicant: { institution: '四川省人民医院', branchId: 'quality-mgmt' },
    appliedOn: '2024-04-15',
  };

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
    await post('/branches', { branchId: 'quality-mgmt', name: '医疗质量管理分会', kind: 'society', foundedOn: '2023-01-10' }).expect(201);
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, key = secretary) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}${path}`)
      .set('authorization', `Bearer ${key}`)
      .send(body as object);

  it("opens a call: 201, the event in the call's stream with its metadata", async () => {
    const res = await post('/grant-calls', call).expect(201);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ streamId: 'grantcall-sichuan.research-2024', revision: '0', events: [{ type: 'GrantCallOpened' }] });
    const [event] = await api.store.readStream('grantcall-sichuan.research-2024');
    expect(event.data).toMatchObject({ occurredOn: '2024-03-01', year: 2024, budgetYuan: 568000 });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2024-03-01', schemaVersion: 1 });
    const again = await post('/grant-calls', call).expect(422);
    expect(again.body.rule).toBe('grant-call-opened-once');
    const closes = await post('/grant-calls', { ...call, callId: 'closes-early', closesOn: '2024-02-01' }).expect(422);
    expect(closes.body.rule).toBe('grant-call-closes-after-opening');
  });

  it('applies, awards and concludes a grant', async () => {
    const applied = await post('/grants/applications', application).expect(201);
    expect(applied.body).toMatchObject({ streamId: 'grant-sichuan.sc2024-017', events: [{ type: 'GrantApplied' }] });
    const early = await post('/grants/awards', {
      grantId: 'sc2024-017',
      title: application.title,
      amountYuan: 20000,
      awardedOn: '2024-04-01',
    }).expect(422);
    expect(early.body.rule).toBe('grant-dates-in-order');
    const wrongCall = await post('/grants/awards', {
      grantId: 'sc2024-017',
      title: application.title,
      amountYuan: 20000,
      awardedOn: '2024-06-20',
      callId: 'research-2023',
    }).expect(422);
    expect(wrongCall.body.rule).toBe('award-matches-application-call');
    const notYet = await post('/grants/sc2024-017/conclusion', { concludedOn: '2025-12-20', outcome: 'completed' }).expect(422);
    expect(notYet.body.rule).toBe('grant-concluded-after-award');
    await post('/grants/awards', {
      grantId: 'sc2024-017',
      title: application.title,
      amountYuan: 20000,
      category: 'youth',
      awardedOn: '2024-06-20',
    }).expect(201);
    const [, awarded] = await api.store.readStream('grant-sichuan.sc2024-017');
    expect(awarded.data).toMatchObject({ amountYuan: 20000, category: 'youth', callId: 'research-2024' });
    await post('/grants/sc2024-017/conclusion', { concludedOn: '2025-12-20', outcome: 'completed' }).expect(201);
    const twice = await post('/grants/sc2024-017/conclusion', { concludedOn: '2025-12-21', outcome: 'completed' }).expect(422);
    expect(twice.body.rule).toBe('grant-concluded-once');
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/grants/awards', {
      grantId: 'Bad Id',
      title: '',
      amountYuan: 1.5,
      category: 'huge',
      awardedOn: '2024-02-30',
      callId: null,
      extra: true,
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'grantId', rule: 'matches' }),
        expect.objectContaining({ field: 'title', rule: 'isNotEmpty' }),
        expect.objectContaining({ field: 'amountYuan', rule: 'isInt' }),
        expect.objectContaining({ field: 'category', rule: 'isIn' }),
        expect.objectContaining({ field: 'awardedOn', rule: 'isIsoDate' }),
        expect.objectContaining({ field: 'callId', rule: 'isString' }),
        expect.objectContaining({ field: 'extra', rule: 'whitelistValidation' }),
      ]),
    );
    const negative = await post('/grant-calls', { ...call, callId: 'neg', budgetYuan: -1, year: 24 }).expect(400);
    expect(negative.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'budgetYuan', rule: 'min' }),
        expect.objectContaining({ field: 'year', rule: 'min' }),
      ]),
    );
    const applicant = await post('/grants/applications', { ...application, grantId: 'x2', applicant: { branchId: 'quality-mgmt' } }).expect(
      400,
    );
    expect(applicant.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'applicant.institution', rule: 'isString' })]),
    );
    expect(applicant.body.errors.every((e: { field: string }) => e.field === 'applicant.institution')).toBe(true);
    expect((await api.allEvents()).length).toBe(before);
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = { ...application, grantId: 'sc2024-018', title: 'DRG/DIP下医院成本核算研究' };
    const first = await post('/grants/applications', body).set('idempotency-key', 'seed-grants-2024-0018').expect(201);
    const again = await post('/grants/applications', body).set('idempotency-key', 'seed-grants-2024-0018').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await api.store.readStream('grant-sichuan.sc2024-018')).toHaveLength(1);
  });

  it('records external grants and backfilled totals, corrects and retracts them', async () => {
    const external = {
      grantId: 'nhc-2023-dip',
      title: 'DIP支付方式改革下医院运营管理研究',
      funder: '国家卫生健康委医院管理研究所',
      amountYuan: 300000,
      wonOn: '2023-09-01',
    };
    await post('/grants/external', external).expect(201);
    const notOwn = await post('/grants/nhc-2023-dip/conclusion', { concludedOn: '2024-09-01', outcome: 'completed' }).expect(422);
    expect(notOwn.body.rule).toBe('command-fits-grant-record');
    await post('/grants/nhc-2023-dip/corrections', {
      correctedOn: '2023-10-01',
      changes: { amountYuan: 350000 },
      reason: '按合同金额更正',
    }).expect(201);
    const category = await post('/grants/nhc-2023-dip/corrections', {
      correctedOn: '2023-10-01',
      changes: { category: 'key' },
      reason: '更正',
    }).expect(422);
    expect(category.body.rule).toBe('correction-fits-record-kind');

    const backfill = {
      year: 2023,
      count: 51,
      amountYuan: 568000,
      youthCount: 12,
      note: '全年资助课题51项，资助金额56.8万元',
      source: { document: '四川省医院协会2023年工作总结', section: '三、（一）课题研究' },
    };
    const res = await post('/grants/backfills', backfill).expect(201);
    expect(res.body).toMatchObject({ streamId: 'grant-sichuan.backfill-2023-1', events: [{ type: 'GrantsAwardedBackfilled' }] });
    const [event] = await api.store.readStream('grant-sichuan.backfill-2023-1');
    expect(event.metadata).toMatchObject({ occurredAt: '2023-12-31' });
    const youth = await post('/grants/backfills', { ...backfill, sequence: 2, youthCount: 52 }).expect(422);
    expect(youth.body.rule).toBe('youth-count-at-most-count');
    const missingSection = await post('/grants/backfills', { ...backfill, sequence: 2, source: { document: '2023年工作总结' } }).expect(
      400,
    );
    expect(missingSection.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'source.section' })]));

    await post('/grants/backfill-2023-1/retraction', { retractedOn: '2024-01-10', reason: '与逐项记录重复' }).expect(201);
    const closed = await post('/grants/backfill-2023-1/corrections', {
      correctedOn: '2024-01-11',
      changes: { count: 50 },
      reason: '更正',
    }).expect(422);
    expect(closed.body.rule).toBe('retracted-record-is-closed');
  });

  it('answers 422 naming the field for a branch never founded, as applicant or as winner, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const applied = await post('/grants/applications', {
      ...application,
      grantId: 'sc2024-099',
      applicant: { institution: '四川省人民医院', branchId: 'nowhere' },
    }).expect(422);
    expect(applied.body.errors).toEqual([expect.objectContaining({ field: 'applicant.branchId', rule: 'branch-must-exist' })]);
    const won = await post('/grants/external', {
      grantId: 'nhc-2024-x',
      title: 'DIP研究',
      funder: '国家卫生健康委',
      wonOn: '2024-09-01',
      branchId: 'nowhere',
    }).expect(422);
    expect(won.body.errors).toEqual([expect.objectContaining({ field: 'branchId', rule: 'branch-must-exist' })]);
    expect((await api.allEvents()).length).toBe(before);
  });
});
