import { startApi, type ApiHarness } from '../support/api-harness';

describe('honor commands over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const honor = {
    honorId: 'rating-5a-2023',
    title: '5A级社会组织',
    grantedBy: '四川省民政厅',
    level: 'provincial',
    recipient: { kind: 'organization' },
    receivedOn: '2023-12-20',
  };

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
    await post('/branches', { branchId: 'rehab-mgmt', name: '医疗康复管理分会', kind: 'society', foundedOn: '2023-06-01' }).expect(201);
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}${path}`)
      .set('authorization', `Bearer ${secretary}`)
      .send(body as object);

  it('records an honor: 201 and the event with its metadata', async () => {
    const res = await post('/honors', honor).expect(201);
    expect(res.body).toMatchObject({ streamId: 'honor-sichuan.rating-5a-2023', revision: '0', events: [{ type: 'HonorReceived' }] });
    const [event] = await api.store.readStream('honor-sichuan.rating-5a-2023');
    expect(event.data).toMatchObject({ recipient: { kind: 'organization' }, level: 'provincial' });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2023-12-20', schemaVersion: 1 });
    const branch = {
      ...honor,
      honorId: 'excellent-branch',
      title: '优秀分会',
      level: undefined,
      recipient: { kind: 'branch', branchId: 'rehab-mgmt' },
    };
    await post('/honors', branch).expect(201);
    const [branchEvent] = await api.store.readStream('honor-sichuan.excellent-branch');
    expect((branchEvent.data as { recipient: unknown }).recipient).toEqual({ kind: 'branch', branchId: 'rehab-mgmt' });
    const unknown = await post('/honors', {
      ...branch,
      honorId: 'excellent-unknown',
      recipient: { kind: 'branch', branchId: 'never-founded' },
    }).expect(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'recipient.branchId', rule: 'branch-must-exist' })]);
    expect(await api.store.readStream('honor-sichuan.excellent-unknown')).toHaveLength(0);
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/honors', {
      ...honor,
      honorId: 'h2',
      level: 'galactic',
      recipient: { kind: 'organization', branchId: 'rehab-mgmt' },
    }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'level', rule: 'isIn' }),
        expect.objectContaining({ field: 'recipient.branchId', rule: 'onlyForKind' }),
      ]),
    );
    const person = await post('/honors', { ...honor, honorId: 'h3', recipient: { kind: 'person' } }).expect(400);
    expect(person.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'recipient.name', rule: 'isString' })]));
    expect((await api.allEvents()).length).toBe(before);
  });

  it('records an honor the organization awards (评选表彰), counted by awardees in the year', async () => {
    const award = {
      honorId: 'excellent-members-2023',
      title: '优秀会员单位',
      awardedBy: { kind: 'organization' },
      awardees: { value: 54, approximate: false, unit: '人次' },
      awardeeKind: 'institution',
      awardedOn: '2023-12-20',
    };
    const res = await post('/honors/awarded', award).expect(201);
    expect(res.body.events).toEqual([expect.objectContaining({ type: 'HonorAwarded' })]);
    const [event] = await api.store.readStream('honor-sichuan.excellent-members-2023');
    expect(event.data).toMatchObject({
      awardedBy: { kind: 'organization' },
      awardees: { value: 54, approximate: false, unit: '人次' },
      awardeeKind: 'institution',
    });
    const bad = await post('/honors/awarded', {
      ...award,
      honorId: 'bad-award',
      awardeeKind: 'robot',
      awardedBy: { kind: 'organization', branchId: 'x' },
      awardees: { value: -2, approximate: false },
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'awardeeKind', rule: 'isIn' }),
        expect.objectContaining({ field: 'awardedBy.branchId', rule: 'onlyForKind' }),
        expect.objectContaining({ field: 'awardees.value', rule: 'min' }),
      ]),
    );
    expect(
      (await post('/honors/awarded', { ...award, honorId: 'none-award', awardees: { value: 0, approximate: false } }).expect(422)).body
        .rule,
    ).toBe('awardees-counted');
  });

  it("records staff and members' projects honored, counted together as stated; a count or a name out of place is a 400", async () => {
    const staff = {
      ...honor,
      honorId: 'staff-2023',
      title: '省市级表彰',
      grantedBy: '四川省、成都市',
      recipient: { kind: 'staff', count: { value: 54, approximate: false, unit: '人次' }, named: ['杨志林', '李彬'] },
    };
    await post('/honors', staff).expect(201);
    const [event] = await api.store.readStream('honor-sichuan.staff-2023');
    expect((event.data as { recipient: unknown }).recipient).toEqual(staff.recipient);
    const projects = {
      ...honor,
      honorId: 'innovation-2023',
      title: '医院科技创新奖',
      recipient: { kind: 'member-projects', count: { value: 5, approximate: false } },
    };
    await post('/honors', projects).expect(201);
    const before = (await api.allEvents()).length;
    const missing = await post('/honors', { ...staff, honorId: 'staff-x', recipient: { kind: 'staff' } }).expect(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'recipient.count' })]));
    const misplaced = await post('/honors', {
      ...honor,
      honorId: 'org-x',
      recipient: { kind: 'organization', count: { value: 1, approximate: false }, named: ['李彬'] },
    }).expect(400);
    expect(misplaced.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'recipient.count', rule: 'onlyForKind' }),
        expect.objectContaining({ field: 'recipient.named', rule: 'onlyForKind' }),
      ]),
    );
    const blank = await post('/honors', { ...staff, honorId: 'staff-y', recipient: { ...staff.recipient, named: [''] } }).expect(400);
    expect(blank.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'recipient.named', rule: 'isNotEmpty' })]));
    expect(
      (
        await post('/honors', {
          ...projects,
          honorId: 'none-x',
          recipient: { kind: 'member-projects', count: { value: 0, approximate: false } },
        }).expect(422)
      ).body.rule,
    ).toBe('recipients-counted');
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the domain rule', async () => {
    expect((await post('/honors', honor).expect(422)).body.rule).toBe('honor-recorded-once');
    expect((await post('/honors/rating-5a-2023/retraction', { retractedOn: '2024-02-01', reason: '   ' }).expect(422)).body.rule).toBe(
      'retraction-states-reason',
    );
    expect((await post('/honors/never-recorded/retraction', { retractedOn: '2024-02-01', reason: '重复录入' }).expect(422)).body.rule).toBe(
      'honor-must-exist',
    );
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = { retractedOn: '2024-02-01', reason: '重复录入' };
    const first = await post('/honors/excellent-branch/retraction', body).set('idempotency-key', 'retract-excellent-branch').expect(201);
    const again = await post('/honors/excellent-branch/retraction', body).set('idempotency-key', 'retract-excellent-branch').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await api.store.readStream('honor-sichuan.excellent-branch')).map((e) => e.type)).toEqual([
      'HonorReceived',
      'HonorRecordRetracted',
    ]);
    expect((await post('/honors/excellent-branch/retraction', body).expect(422)).body.rule).toBe('retracted-honor-is-closed');
  });
});
