import { startApi, type ApiHarness } from '../support/api-harness';

describe("a hospital's operating figures over HTTP (医院运营统计)", () => {
  let api: ApiHarness;
  let secretary: string;
  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key('guangyuan-tcm', 'secretary');
  });
  afterAll(() => api.close());
  const post = (body: object) =>
    api.http().post('/v1/orgs/guangyuan-tcm/operations').set('authorization', `Bearer ${secretary}`).send(body);
  const year = {
    year: 2020,
    source: { document: '广中医发〔2021〕9号' },
    figures: [
      { measure: 'outpatientVisits', value: 510451, approximate: false },
      { measure: 'drugShare', value: 17.26, approximate: false, change: 'down' },
    ],
  };

  it("records the year's figures; the same again appends nothing", async () => {
    await post(year).expect(201);
    const [event] = await api.store.readStream('operations-guangyuan-tcm.2020');
    expect(event.data).toMatchObject({ year: 2020, figures: year.figures });
    expect((await post(year).expect(201)).body.events).toEqual([]);
  });

  it('answers 400 naming the field and rule; appends nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post({ ...year, figures: [{ measure: 'happiness', value: 1.234567, approximate: 'no', change: 'sideways' }] }).expect(
      400,
    );
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'figures.0.measure', rule: 'isIn' }),
        expect.objectContaining({ field: 'figures.0.value', rule: 'isNumber' }),
        expect.objectContaining({ field: 'figures.0.approximate', rule: 'isBoolean' }),
        expect.objectContaining({ field: 'figures.0.change', rule: 'isIn' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });
});
