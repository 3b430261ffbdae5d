import { startApi, type ApiHarness } from '../support/api-harness';

describe('organization commands over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const stream = 'organization-sichuan.profile';

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, key = secretary, org = tenant) =>
    api
      .http()
      .post(`/v1/orgs/${org}/organization${path}`)
      .set('authorization', `Bearer ${key}`)
      .send(body as object);

  it('registers the organization, then adopts bylaws, starts a term, adopts a regulation and founds a party unit', async () => {
    const res = await post('', {
      name: '四川省医院协会',
      kind: 'association',
      registeredOn: '1986-05-20',
      supervisingBody: '四川省卫生健康委员会',
    }).expect(201);
    expect(res.body).toMatchObject({ streamId: stream, revision: '0', events: [{ type: 'OrganizationRegistered' }] });
    const [event] = await api.store.readStream(stream);
    expect(event.data).toMatchObject({ name: '四川省医院协会', timeZone: 'Asia/Shanghai' });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '1986-05-20', schemaVersion: 1 });

    await post('/bylaws', {
      adoptedOn: '2021-05-10',
      settings: { maxTermYears: 4, presidentOfficeIntervalMonths: null },
      documentNumber: '川医协发〔2021〕18号',
    }).expect(201);
    await post('/terms', { termNumber: 8, startedOn: '2021-05-10' }).expect(201);
    await post('/regulations', {
      regulationId: 'finance-rules',
      title: '四川省医院协会财务管理制度',
      mode: 'adopted',
      adoptedOn: '2023-03-15',
    }).expect(201);
    await post('/party-units', {
      unitId: 'secretariat',
      name: '四川省医院协会秘书处党支部',
      kind: 'branch',
      foundedOn: '2019-07-01',
    }).expect(201);
    const events = await api.store.readStream(stream);
    expect(events.map((e) => e.type)).toEqual([
      'OrganizationRegistered',
      'BylawsAdopted',
      'TermStarted',
      'RegulationAdopted',
      'PartyUnitFounded',
    ]);
    expect(events[2].data).toMatchObject({ termNumber: 8, endsOn: '2025-05-10' });
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/bylaws', {
      adoptedOn: '2021-05-10',
      settings: { maxTermYears: 6, yearlyReportDueToSupervisor: '02-29', councilQuorum: null },
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'settings.maxTermYears', rule: 'max' }),
        expect.objectContaining({ field: 'settings.yearlyReportDueToSupervisor', rule: 'isMonthDay' }),
        expect.objectContaining({ field: 'settings.councilQuorum', rule: 'isNumber' }),
      ]),
    );
    const kind = await post('', { name: '四川省医院协会', kind: 'club', registeredOn: '1986-05-20', timeZone: 'Mars/Olympus' }).expect(400);
    expect(kind.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'kind', rule: 'isIn' }),
        expect.objectContaining({ field: 'timeZone', rule: 'isTimeZone' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the domain rule', async () => {
    expect((await post('', { name: '四川省医院协会', kind: 'association', registeredOn: '1986-05-20' }).expect(422)).body.rule).toBe(
      'organization-registered-once',
    );
    expect((await post('/terms', { termNumber: 9, startedOn: '2025-05-10', endsOn: '2030-05-10' }).expect(422)).body.rule).toBe(
      'term-at-most-max-years',
    );
    const other = await api.key('chongqing', 'secretary');
    const res = await post(
      '/regulations',
      { regulationId: 'r1', title: '会费管理办法', mode: 'adopted', adoptedOn: '2023-01-01' },
      other,
      'chongqing',
    ).expect(422);
    expect(res.body).toMatchObject({ status: 422, rule: 'organization-must-be-registered' });
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = { regulationId: 'dues-rules', title: '四川省医院协会会费管理办法', mode: 'adopted', adoptedOn: '2023-06-01' };
    const first = await post('/regulations', body).set('idempotency-key', 'org-reg-2023-06').expect(201);
    const again = await post('/regulations', body).set('idempotency-key', 'org-reg-2023-06').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const adopted = (await api.store.readStream(stream)).filter((e) => (e.data as { regulationId?: string }).regulationId === 'dues-rules');
    expect(adopted).toHaveLength(1);
  });

  it("issues a year's report under its 文号: the same 文号 again appends nothing, another is a 422, a bad year a 400", async () => {
    const body = { year: 2023, documentNumber: '川医协发〔2023〕267号', issuedOn: '2023-12-29' };
    const issued = await post('/yearly-reports', body).expect(201);
    expect(issued.body.events).toEqual([expect.objectContaining({ type: 'YearlyReportIssued' })]);
    const before = (await api.allEvents()).length;
    const again = await post('/yearly-reports', body);
    expect(again.status).toBeLessThan(300);
    expect(again.body.events).toEqual([]);
    const other = await post('/yearly-reports', { ...body, documentNumber: '川医协发〔2024〕1号' }).expect(422);
    expect(other.body.rule).toBe('yearly-report-issued-once');
    const bad = await post('/yearly-reports', { year: 23, documentNumber: '', issuedOn: '2023-13-01' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['documentNumber', 'issuedOn', 'year']);
    expect((await api.allEvents()).length).toBe(before);
  });
});
