import { startApi, type ApiHarness } from '../support/api-harness';

describe('indicator commands over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const visits = { key: 'outpatientVisits', label: '门诊人次', unit: '人次', year: 2023, value: { value: 30300, approximate: true } };
  const stream = 'indicator-sichuan.outpatientVisits-2023';

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());

  const post = (body: unknown) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}/indicators`)
      .set('authorization', `Bearer ${secretary}`)
      .send(body as object);

  it('answers 400 naming a required nested object that is missing, never 500', async () => {
    const { value: _missing, ...withoutValue } = visits;
    const res = await post(withoutValue).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'value', rule: 'isDefined' })]));
  });

  it('records a figure, corrects it, and decides nothing when it is the same again', async () => {
    const res = await post(visits).expect(201);
    expect(res.body).toMatchObject({ streamId: stream, revision: '0', events: [{ type: 'IndicatorRecorded' }] });
    const [event] = await api.store.readStream(stream);
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2023-12-31', schemaVersion: 1 });
    await post({ ...visits, value: { value: 30512, approximate: false } }).expect(201);
    const same = await post({ ...visits, value: { value: 30512, approximate: false } }).expect(201);
    expect(same.body).toMatchObject({ revision: '1', events: [] });
    const events = await api.store.readStream(stream);
    expect(events).toHaveLength(2);
    expect(events[1].data).toMatchObject({ value: { value: 30512 }, previous: { value: 30300, approximate: true } });
  });

  it('records a decimal or a percentage as stated (17.26%, 近98.5)', async () => {
    await post({ key: 'drugShare', label: '住院药占比', unit: '%', year: 2020, value: { value: 17.26, approximate: false } }).expect(201);
    await post({
      key: 'satisfaction',
      label: '护理满意度',
      unit: '%',
      year: 2020,
      value: { value: 98.5, approximate: true, marker: '近' },
    }).expect(201);
    const [share] = await api.store.readStream('indicator-sichuan.drugShare-2020');
    expect(share.data).toMatchObject({ value: { value: 17.26, approximate: false }, unit: '%' });
    const [satisfied] = await api.store.readStream('indicator-sichuan.satisfaction-2020');
    expect(satisfied.data).toMatchObject({ value: { value: 98.5, approximate: true, marker: '近' } });
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post({
      ...visits,
      key: 'Outpatient visits',
      year: '2023',
      value: { value: 1.23456, approximate: false, marker: '大约' },
      period: { from: '2023-01-01' },
    }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'key', rule: 'matches' }),
        expect.objectContaining({ field: 'year', rule: 'isInt' }),
        expect.objectContaining({ field: 'value.value', rule: 'isNumber' }),
        expect.objectContaining({ field: 'value.marker', rule: 'isIn' }),
        expect.objectContaining({ field: 'period.to', rule: 'isIsoDate' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the domain rule', async () => {
    const res = await post({ ...visits, key: 'inpatientDays', label: '住院床日', period: { from: '2023-07-01', to: '2024-06-30' } }).expect(
      422,
    );
    expect(res.body).toMatchObject({ status: 422, rule: 'indicator-period-within-year' });
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = {
      key: 'surgeries',
      label: '手术台次',
      year: 2023,
      value: { value: 1200, approximate: false },
      period: { from: '2023-01-01', to: '2023-06-30' },
    };
    const first = await post(body).set('idempotency-key', 'surgeries-2023-h1').expect(201);
    const again = await post(body).set('idempotency-key', 'surgeries-2023-h1').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const events = await api.store.readStream('indicator-sichuan.surgeries-2023');
    expect(events).toHaveLength(1);
    expect(events[0].metadata).toMatchObject({ occurredAt: '2023-06-30' });
  });
});
