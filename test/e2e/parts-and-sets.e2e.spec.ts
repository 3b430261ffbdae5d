import { startApi, type ApiHarness } from '../support/api-harness';

/** 其中 as the document states it: an operating figure's parts, a regulation record's named set (issue 11). */
describe('parts of a figure and sets of regulations, over HTTP (SQLite on disk, real Redis)', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'guangyuan-tcm';
  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());
  const post = (path: string, body: object) =>
    api.http().post(`/v1/orgs/${tenant}${path}`).set('authorization', `Bearer ${secretary}`).send(body);
  const research = {
    measure: 'researchProjectsActive',
    value: 31,
    approximate: false,
    parts: [
      { label: '省部级', count: 14 },
      { label: '市级', count: 17 },
    ],
  };
  const year = { year: 2020, source: { document: '广中医发〔2021〕9号' }, figures: [research] };

  it("keeps a figure's parts as stated; a later recording corrects them", async () => {
    await post('/operations', year).expect(201);
    const corrected = {
      ...research,
      parts: [
        { label: '省部级', count: 15 },
        { label: '市级', count: 16 },
      ],
    };
    await post('/operations', { ...year, figures: [corrected] }).expect(201);
    const stream = await api.store.readStream('operations-guangyuan-tcm.2020');
    expect(stream.map((e) => (e.data as { figures: unknown[] }).figures)).toEqual([[research], [corrected]]);
  });

  it("answers 400 naming the part's field and rule, and parts beyond an exact total; appends nothing", async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/operations', {
      ...year,
      figures: [
        {
          ...research,
          parts: [
            { label: '', count: -1 },
            { label: '市级', count: 1.234567 },
          ],
        },
        {
          measure: 'papersPublished',
          value: 30,
          approximate: false,
          parts: [
            { label: '核心期刊', count: 20 },
            { label: '核心期刊', count: 11 },
          ],
        },
        { measure: 'drugShare', value: 17.26, approximate: false, parts: [{ label: '西药', count: 10 }] },
      ],
    }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'figures.0.parts.0.label', rule: 'isNotEmpty' }),
        expect.objectContaining({ field: 'figures.0.parts.0.count', rule: 'min' }),
        expect.objectContaining({ field: 'figures.0.parts.1.count', rule: 'isNumber' }),
        expect.objectContaining({ field: 'figures.1.parts', rule: 'partsWithinTotal' }),
        expect.objectContaining({ field: 'figures.1.parts', rule: 'partsLabelsDistinct' }),
        expect.objectContaining({ field: 'figures.2.parts', rule: 'partsOfALevel' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it("keeps a regulation record's set, and answers 400 naming `set` for one no document names", async () => {
    await post('/organization', { name: '广元市中医医院', kind: 'hospital', registeredOn: '1956-01-01' }).expect(201);
    await post('/organization/regulations', {
      regulationId: 'emergency-rules-2020',
      title: '核酸检测等各类制度',
      mode: 'adopted',
      adoptedOn: '2020-12-31',
      count: 90,
      approximate: true,
      set: '应急管理制度',
    }).expect(201);
    const events = await api.store.readStream('organization-guangyuan-tcm.profile');
    expect(events.at(-1)!.data).toMatchObject({ regulationId: 'emergency-rules-2020', count: 90, approximate: true, set: '应急管理制度' });

    const before = (await api.allEvents()).length;
    const res = await post('/organization/regulations', {
      regulationId: 'r2',
      title: '制度',
      mode: 'adopted',
      adoptedOn: '2020-12-31',
      set: 'x'.repeat(31),
    }).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'set', rule: 'maxLength' })]));
    expect((await api.allEvents()).length).toBe(before);
  });
});
