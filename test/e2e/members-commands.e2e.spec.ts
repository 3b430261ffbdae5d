import { startApi, type ApiHarness } from '../support/api-harness';

describe('member and membership-totals commands over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const join = { memberId: 'west-china-hospital', name: '四川大学华西医院', kind: 'institution', joinedOn: '2023-04-18' };
  const source = { document: '四川省医院协会2023年工作总结', section: '三、（二）会员发展' };

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}${path}`)
      .set('authorization', `Bearer ${secretary}`)
      .send(body as object);

  it("a member joins and pays dues; a year's totals are recorded: 201 and the events with their metadata", async () => {
    const res = await post('/members', join).expect(201);
    expect(res.body).toMatchObject({ streamId: 'member-sichuan.west-china-hospital', revision: '0', events: [{ type: 'MemberJoined' }] });
    await post('/members/west-china-hospital/dues', { year: 2023, amountYuan: 3000, paidOn: '2023-05-06' }).expect(201);
    const events = await api.store.readStream('member-sichuan.west-china-hospital');
    expect(events[1]).toMatchObject({ type: 'DuesPaid', data: { memberId: 'west-china-hospital', year: 2023, amountYuan: 3000 } });
    expect(events[1].metadata).toMatchObject({
      tenant,
      actor: expect.stringMatching(/^apikey:/),
      occurredAt: '2023-05-06',
      schemaVersion: 1,
    });

    const totals = await post('/membership-totals', { year: 2023, joined: { value: 41, approximate: false }, source }).expect(201);
    expect(totals.body).toMatchObject({ streamId: 'membership-sichuan.2023', events: [{ type: 'MembershipTotalsRecorded' }] });
    const [recorded] = await api.store.readStream('membership-sichuan.2023');
    expect(recorded.metadata).toMatchObject({ tenant, occurredAt: '2023-12-31' });
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    const dues = await post('/members/west-china-hospital/dues', { year: 23, amountYuan: -1, paidOn: '2023-05-06' }).expect(400);
    expect(dues.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'year', rule: 'min' }),
        expect.objectContaining({ field: 'amountYuan', rule: 'min' }),
      ]),
    );
    const correction = await post('/membership-totals/23/corrections', { joined: { value: 41, approximate: false }, source }).expect(400);
    expect(correction.body.errors).toEqual([expect.objectContaining({ field: 'year', rule: 'isYear' })]);
    const figures = await post('/membership-totals', {
      year: 2022,
      activeAtYearEnd: { value: 1.5, approximate: 'yes' },
      source: { document: '年报' },
    }).expect(400);
    expect(figures.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'activeAtYearEnd.value', rule: 'isInt' }),
        expect.objectContaining({ field: 'activeAtYearEnd.approximate', rule: 'isBoolean' }),
        expect.objectContaining({ field: 'source.section', rule: 'isString' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the domain rule', async () => {
    expect(
      (await post('/members/west-china-hospital/dues', { year: 2024, amountYuan: 0, paidOn: '2024-03-01' }).expect(422)).body.rule,
    ).toBe('dues-whole-positive-yuan');
    expect(
      (await post('/members/west-china-hospital/dues', { year: 2023, amountYuan: 3000, paidOn: '2023-09-01' }).expect(422)).body.rule,
    ).toBe('dues-paid-once-per-year');
    expect((await post('/members/nobody/departure', { leftOn: '2024-01-01', reason: '退会' }).expect(422)).body.rule).toBe(
      'member-must-exist',
    );
    await post('/members/west-china-hospital/departure', { leftOn: '2025-12-31', reason: '单位合并，申请退会' }).expect(201);
    expect(
      (await post('/members/west-china-hospital/dues', { year: 2026, amountYuan: 3000, paidOn: '2026-03-01' }).expect(422)).body.rule,
    ).toBe('member-left-is-closed');
    expect((await post('/membership-totals', { year: 2021, source }).expect(422)).body.rule).toBe('membership-totals-state-a-figure');
    expect(
      (await post('/membership-totals/2020/corrections', { joined: { value: 3, approximate: false }, source }).expect(422)).body.rule,
    ).toBe('membership-totals-must-exist');
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = {
      joined: { value: 43, approximate: false },
      activeAtYearEnd: { value: 1200, approximate: true },
      source,
      reason: '年报数据复核后更正',
    };
    const first = await post('/membership-totals/2023/corrections', body).set('idempotency-key', 'totals-2023-fix').expect(201);
    const again = await post('/membership-totals/2023/corrections', body).set('idempotency-key', 'totals-2023-fix').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const events = await api.store.readStream('membership-sichuan.2023');
    expect(events.map((e) => e.type)).toEqual(['MembershipTotalsRecorded', 'MembershipTotalsCorrected']);
    expect(events[1].data).toMatchObject({ year: 2023, previous: { joined: { value: 41, approximate: false } } });
  });
});
