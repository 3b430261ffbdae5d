import { startApi, type ApiHarness } from '../support/api-harness';

describe('report commands over HTTP (SQLite on disk, real Redis)', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const survey = {
    reportId: 'dip-survey-2023',
    kind: 'survey',
    title: '四川省医院DIP支付方式改革实施情况调研报告',
    issuedOn: '2023-12-08',
    documentNumber: '川医协发〔2023〕267号',
    issuer: { kind: 'organization' },
    copies: 500,
  };
  const backfill = {
    kind: 'newsletter',
    year: 2023,
    issues: { value: 100, approximate: true },
    note: '全年编发工作简报100多期',
    source: { document: '四川省医院协会2023年工作总结', section: '四、（二）宣传工作' },
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

  it('issues a report: 201 with the stream, the event and its metadata', async () => {
    const res = await post('/reports', survey).expect(201);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ streamId: 'report-sichuan.dip-survey-2023', revision: '0', events: [{ type: 'ReportIssued' }] });
    const [event] = await api.store.readStream('report-sichuan.dip-survey-2023');
    expect(event.data).toMatchObject({
      occurredOn: '2023-12-08',
      documentNumber: '川医协发〔2023〕267号',
      status: 'published',
      issuer: { kind: 'organization' },
    });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2023-12-08', schemaVersion: 1 });
  });

  it('issues a standard of a branch that exists, and answers 422 naming issuer.branchId for one that does not, appending nothing', async () => {
    const standard = {
      reportId: 'qcc-standard-2023',
      kind: 'standard',
      standardLevel: 'group',
      title: '医院品管圈活动实施规范',
      issuedOn: '2023-10-01',
      issuer: { kind: 'branch', branchId: 'quality-mgmt' },
    };
    await post('/reports', standard).expect(201);
    const before = (await api.allEvents()).length;
    const unknown = { kind: 'branch', branchId: 'nursing-mgmt' };
    const res = await post('/reports', { ...standard, reportId: 'nursing-standard-2023', issuer: unknown }).expect(422);
    expect(res.body).toMatchObject({
      status: 422,
      rule: 'branch-must-exist',
      errors: [{ field: 'issuer.branchId', rule: 'branch-must-exist' }],
    });
    expect(res.body.detail).toContain('nursing-mgmt');
    const corrected = await post('/reports/qcc-standard-2023/corrections', {
      correctedOn: '2023-10-20',
      changes: { issuer: unknown },
      reason: '发布单位更正',
    }).expect(422);
    expect(corrected.body.errors).toEqual([expect.objectContaining({ field: 'changes.issuer.branchId', rule: 'branch-must-exist' })]);
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/reports', {
      ...survey,
      reportId: 'bad',
      kind: 'poem',
      issuedOn: '2023-13-01',
      copies: -5,
      status: 'final',
      issuer: { kind: 'branch' },
      documentNumber: 'x'.repeat(101),
      extra: 1,
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'kind', rule: 'isIn' }),
        expect.objectContaining({ field: 'issuedOn', rule: 'isIsoDate' }),
        expect.objectContaining({ field: 'copies', rule: 'min' }),
        expect.objectContaining({ field: 'status', rule: 'isIn' }),
        expect.objectContaining({ field: 'issuer.branchId', rule: 'isString' }),
        expect.objectContaining({ field: 'documentNumber', rule: 'maxLength' }),
        expect.objectContaining({ field: 'extra', rule: 'whitelistValidation' }),
      ]),
    );
    const correction = await post('/reports/dip-survey-2023/corrections', {
      correctedOn: '2024-01-10',
      changes: { copies: { value: 3 } },
      reason: '更正',
    }).expect(400);
    expect(correction.body.errors).toEqual([expect.objectContaining({ field: 'changes.copies', rule: 'isWholeOrCount' })]);
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the rule the record breaks', async () => {
    const level = await post('/reports', { ...survey, reportId: 'qcc-standard', kind: 'standard', title: '医院品管圈活动实施规范' }).expect(
      422,
    );
    expect(level.body).toMatchObject({ status: 422, rule: 'standard-needs-level' });
    const issues = await post('/reports', { ...survey, reportId: 'survey-issues', issues: 2 }).expect(422);
    expect(issues.body.rule).toBe('issues-only-for-periodicals');
    await post('/reports', {
      ...survey,
      reportId: 'qcc-standard',
      kind: 'standard',
      title: '医院品管圈活动实施规范',
      standardLevel: 'group',
      documentNumber: 'T/SCHA 001-2023',
    }).expect(201);
    const again = await post('/reports', survey).expect(422);
    expect(again.body.rule).toBe('report-recorded-once');
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = {
      ...survey,
      reportId: 'newsletter-2024-01',
      kind: 'newsletter',
      title: '四川医院协会会讯2024年第1期',
      issuedOn: '2024-01-31',
      documentNumber: undefined,
    };
    const first = await post('/reports', body).set('idempotency-key', 'seed-reports-2024-0001').expect(201);
    const again = await post('/reports', body).set('idempotency-key', 'seed-reports-2024-0001').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const stream = await api.store.readStream('report-sichuan.newsletter-2024-01');
    expect(stream).toHaveLength(1);
    expect(stream[0].data).toMatchObject({ issues: 1 });
  });

  it('submits a report once to each body, no earlier than its issue', async () => {
    const res = await post('/reports/dip-survey-2023/submissions', {
      submittedTo: '四川省卫生健康委员会',
      submittedOn: '2023-12-15',
    }).expect(201);
    expect(res.body).toMatchObject({ revision: '1', events: [{ type: 'ReportSubmitted' }] });
    const twice = await post('/reports/dip-survey-2023/submissions', {
      submittedTo: '四川省卫生健康委员会',
      submittedOn: '2023-12-16',
    }).expect(422);
    expect(twice.body.rule).toBe('report-submitted-once-per-body');
    const early = await post('/reports/dip-survey-2023/submissions', { submittedTo: '四川省医疗保障局', submittedOn: '2023-12-01' }).expect(
      422,
    );
    expect(early.body.rule).toBe('report-submitted-after-issue');
    const unknown = await post('/reports/never-issued/submissions', { submittedTo: '四川省医疗保障局', submittedOn: '2023-12-20' }).expect(
      422,
    );
    expect(unknown.body.rule).toBe('report-must-be-issued');
  });

  it('backfills publication totals, corrects them in their own shape, and retracts', async () => {
    const res = await post('/publications/backfills', backfill).expect(201);
    expect(res.body).toMatchObject({ streamId: 'report-sichuan.backfill-newsletter-2023-1', events: [{ type: 'PublicationsBackfilled' }] });
    const [event] = await api.store.readStream('report-sichuan.backfill-newsletter-2023-1');
    expect(event.metadata).toMatchObject({ occurredAt: '2023-12-31' });
    const posts = await post('/publications/backfills', {
      kind: 'post',
      year: 2023,
      posts: { value: 245, approximate: false },
      note: '公众号推文245篇',
      source: backfill.source,
    }).expect(201);
    expect(posts.body.streamId).toBe('report-sichuan.backfill-post-2023-1');
    const empty = await post('/publications/backfills', { ...backfill, sequence: 2, issues: undefined }).expect(422);
    expect(empty.body.rule).toBe('backfill-states-a-total');
    const notSubmittable = await post('/reports/backfill-newsletter-2023-1/submissions', {
      submittedTo: '四川省民政厅',
      submittedOn: '2024-01-05',
    }).expect(422);
    expect(notSubmittable.body.rule).toBe('only-issued-report-submitted');

    await post('/reports/backfill-newsletter-2023-1/corrections', {
      correctedOn: '2024-01-10',
      changes: { issues: { approximate: false, value: 104 } },
      reason: '按简报目录核实',
    }).expect(201);
    const wrongShape = await post('/reports/backfill-newsletter-2023-1/corrections', {
      correctedOn: '2024-01-10',
      changes: { issues: 105 },
      reason: '更正',
    }).expect(422);
    expect(wrongShape.body.rule).toBe('counts-are-whole-numbers');
    await post('/reports/dip-survey-2023/corrections', {
      correctedOn: '2024-01-10',
      changes: { copies: 600, documentNumber: '川医协发〔2023〕268号' },
      reason: '文号录入有误',
    }).expect(201);
    const title = await post('/reports/backfill-newsletter-2023-1/corrections', {
      correctedOn: '2024-01-10',
      changes: { title: '简报' },
      reason: '更正',
    }).expect(422);
    expect(title.body.rule).toBe('correction-fits-record-kind');

    await post('/reports/backfill-post-2023-1/retraction', { retractedOn: '2024-01-12', reason: '重复录入' }).expect(201);
    const closed = await post('/reports/backfill-post-2023-1/retraction', { retractedOn: '2024-01-13', reason: '重复录入' }).expect(422);
    expect(closed.body.rule).toBe('retracted-record-is-closed');
  });
});
