import { startApi, type ApiHarness } from '../support/api-harness';

describe('work records (工作记录) over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key('shandong', 'secretary');
  });
  afterAll(() => api.close());
  const post = (path: string, body: object) =>
    api.http().post(`/v1/orgs/shandong/work${path}`).set('authorization', `Bearer ${secretary}`).send(body);
  const documents = {
    recordId: 'documents-2025',
    measure: 'documentsHandled',
    count: { value: 193, approximate: false },
    year: 2025,
    source: { document: '鲁医协发〔2026〕1号', section: '一、（七）2.' },
  };

  it('records a figure as stated; corrects it with the record before and after; retracts it', async () => {
    const res = await post('', documents).expect(201);
    expect(res.body).toMatchObject({ streamId: 'work-shandong.documents-2025', events: [{ type: 'WorkRecorded' }] });
    expect((await post('', documents).expect(422)).body.rule).toBe('work-recorded-once');
    const corrected = await post('/documents-2025/corrections', {
      correctedOn: '2026-01-15',
      changes: { count: { value: 195, approximate: false } },
      reason: '按登记簿更正',
    }).expect(201);
    expect(corrected.body.events).toMatchObject([{ type: 'WorkRecordCorrected' }]);
    const [, correction] = await api.store.readStream('work-shandong.documents-2025');
    expect(correction.data).toMatchObject({
      changes: { count: { value: 195 } },
      previous: { count: { value: 193 } },
      record: { count: { value: 195 }, year: 2025 },
    });
    await post('/documents-2025/retraction', { retractedOn: '2026-01-16', reason: '重复录入' }).expect(201);
    expect((await post('/documents-2025/retraction', { retractedOn: '2026-01-16', reason: '重复录入' }).expect(422)).body.rule).toBe(
      'retracted-work-record-is-closed',
    );
  });

  it('answers 400 naming the field and rule, and 422 for a branch that does not exist; appends nothing', async () => {
    const before = (await api.allEvents()).length;
    const bad = await post('', {
      ...documents,
      recordId: 'x',
      measure: 'happiness',
      count: { value: 2, approximate: false, marker: '多' },
      on: '2025-13-01',
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'measure', rule: 'isIn' }),
        expect.objectContaining({ field: 'count.marker', rule: 'onlyWhenApproximate' }),
        expect.objectContaining({ field: 'on' }),
      ]),
    );
    const both = await post('', { ...documents, recordId: 'y', on: '2025-05-01' }).expect(400);
    expect(both.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'on', rule: 'onOrYear' })]));
    const unknown = await post('', { ...documents, recordId: 'z', branchId: 'nowhere' }).expect(422);
    expect(unknown.body).toMatchObject({ rule: 'branch-must-exist', errors: [expect.objectContaining({ field: 'branchId' })] });
    expect((await api.allEvents()).length).toBe(before);
  });
});
