import { startApi, type ApiHarness } from '../support/api-harness';

describe('rankings (排名) over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key('shandong', 'secretary');
  });
  afterAll(() => api.close());
  const post = (path: string, body: object) =>
    api.http().post(`/v1/orgs/shandong/rankings${path}`).set('authorization', `Bearer ${secretary}`).send(body);
  const residents = {
    rankingId: 'residents-test-2020',
    year: 2020,
    subject: '住培学员',
    assessment: '能力测试',
    assessedBy: '中国医师协会',
    section: 'training',
    results: [
      { scope: { level: 'national' }, rank: 39 },
      { scope: { level: 'provincial', area: '四川' }, rank: 3 },
    ],
    source: { document: '广中医发〔2021〕9号', section: '四、' },
    recordedOn: '2020-12-31',
  };

  it('records a ranking as stated; corrects it with the ranking before and after; retracts it', async () => {
    const res = await post('', residents).expect(201);
    expect(res.body).toMatchObject({ streamId: 'ranking-shandong.residents-test-2020', events: [{ type: 'RankingRecorded' }] });
    const [recorded] = await api.store.readStream('ranking-shandong.residents-test-2020');
    expect(recorded.data).toEqual({ occurredOn: '2020-12-31', ...residents, recordedOn: undefined });
    expect((await post('', residents).expect(422)).body.rule).toBe('ranking-recorded-once');
    const results = [{ scope: { level: 'national' }, rank: 38, of: 533 }];
    const corrected = await post('/residents-test-2020/corrections', {
      correctedOn: '2021-02-01',
      changes: { results },
      reason: '名次有误',
    }).expect(201);
    expect(corrected.body.events).toMatchObject([{ type: 'RankingCorrected' }]);
    const [, correction] = await api.store.readStream('ranking-shandong.residents-test-2020');
    expect(correction.data).toMatchObject({
      year: 2020,
      changes: { results },
      previous: { results: residents.results },
      record: { results, subject: '住培学员', section: 'training' },
    });
    await post('/residents-test-2020/retraction', { retractedOn: '2021-02-02', reason: '重复录入' }).expect(201);
    expect((await post('/residents-test-2020/retraction', { retractedOn: '2021-02-02', reason: '重复录入' }).expect(422)).body.rule).toBe(
      'retracted-ranking-is-closed',
    );
    expect(
      (await post('/nowhere/corrections', { correctedOn: '2021-02-01', changes: { subject: '学员' }, reason: '有误' }).expect(422)).body
        .rule,
    ).toBe('ranking-must-exist');
  });

  it('answers 400 naming the field and rule; appends nothing', async () => {
    const before = (await api.allEvents()).length;
    const bad = await post('', {
      ...residents,
      rankingId: 'x',
      section: 'sports',
      year: 20,
      results: [
        { scope: { level: 'provincial' }, rank: 0 },
        { scope: { level: 'galactic' }, rank: 64, of: 50 },
      ],
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'section', rule: 'isIn' }),
        expect.objectContaining({ field: 'year', rule: 'min' }),
        expect.objectContaining({ field: 'results.0.scope.area', rule: 'areaUnlessNational' }),
        expect.objectContaining({ field: 'results.0.rank', rule: 'min' }),
        expect.objectContaining({ field: 'results.1.scope.level', rule: 'isIn' }),
        expect.objectContaining({ field: 'results.1.of', rule: 'notBelowRank' }),
      ]),
    );
    const none = await post('', { ...residents, rankingId: 'y', results: [] }).expect(400);
    expect(none.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'results', rule: 'arrayMinSize' })]));
    // The domain's own rule, past the DTO: one rank per scope.
    const twice = await post('', {
      ...residents,
      rankingId: 'z',
      results: [
        { scope: { level: 'national' }, rank: 1 },
        { scope: { level: 'national' }, rank: 2 },
      ],
    }).expect(422);
    expect(twice.body.rule).toBe('ranking-results-stated');
    expect((await api.allEvents()).length).toBe(before);
  });
});
