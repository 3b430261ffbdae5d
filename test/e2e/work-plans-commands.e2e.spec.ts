import { startApi, type ApiHarness } from '../support/api-harness';

describe('work plan commands over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const stream = 'workplan-sichuan.2024';
  const plan = {
    year: 2024,
    documentNumber: '川医协发〔2024〕5号',
    adoptedOn: '2024-01-20',
    targets: [
      {
        targetId: 'new-branches',
        section: 'branches',
        description: '新成立分会3个',
        indicator: 'branches.founded',
        targetValue: 3,
        entities: [{ kind: 'branch', name: '医院感染管理分会' }],
      },
      { targetId: 'annual-meeting', section: 'academic', description: '举办2024年四川省医院协会学术年会' },
    ],
  };
  const evidence = { streamId: 'branch-sichuan.infection-control', eventType: 'BranchFounded', description: '成立医院感染管理分会' };

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}/work-plans${path}`)
      .set('authorization', `Bearer ${secretary}`)
      .send(body as object);

  it('adopts, amends and links: 201 and the events with their metadata', async () => {
    const res = await post('', plan).expect(201);
    expect(res.body).toMatchObject({ streamId: stream, revision: '0', events: [{ type: 'WorkPlanAdopted' }] });
    await post('/2024/amendments', {
      amendedOn: '2024-07-01',
      added: [
        { targetId: 'training', section: 'training', description: '举办培训班10期', indicator: 'training.sessions', targetValue: 10 },
      ],
      reason: '年中调整',
    }).expect(201);
    await post('/2024/links', { targetId: 'new-branches', evidence, linkedOn: '2024-09-10' }).expect(201);
    const events = await api.store.readStream(stream);
    expect(events.map((e) => e.type)).toEqual(['WorkPlanAdopted', 'WorkPlanAmended', 'TargetLinked']);
    expect(events[0].metadata).toMatchObject({
      tenant,
      actor: expect.stringMatching(/^apikey:/),
      occurredAt: '2024-01-20',
      schemaVersion: 1,
    });
    expect(events[2].data).toMatchObject({ year: 2024, targetId: 'new-branches', evidence });
  });

  it('answers 400 naming the field and the rule, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    for (const streamId of ['branch-shandong.infection-control', 'branch-sichuanx.infection-control']) {
      const res = await post('/2024/links', {
        targetId: 'new-branches',
        evidence: { ...evidence, streamId },
        linkedOn: '2024-09-10',
      }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'evidence.streamId', rule: 'sameTenant' })]);
    }
    const year = await post('/24/amendments', { amendedOn: '2024-07-01', removed: ['annual-meeting'] }).expect(400);
    expect(year.body.errors).toEqual([expect.objectContaining({ field: 'year', rule: 'isYear' })]);
    const target = await post('', {
      ...plan,
      year: 2025,
      targets: [{ ...plan.targets[0], section: 'sports', indicator: 'branches.imaginary', targetValue: -1 }],
    }).expect(400);
    expect(target.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'targets.0.section', rule: 'isIn' }),
        expect.objectContaining({ field: 'targets.0.indicator', rule: 'isIn' }),
        expect.objectContaining({ field: 'targets.0.targetValue', rule: 'min' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the domain rule', async () => {
    expect((await post('', plan).expect(422)).body.rule).toBe('work-plan-adopted-once');
    expect((await post('/2024/amendments', { amendedOn: '2024-08-01' }).expect(422)).body.rule).toBe('amendment-changes-plan');
    expect((await post('/2024/links', { targetId: 'no-such-target', evidence, linkedOn: '2024-09-10' }).expect(422)).body.rule).toBe(
      'target-must-exist',
    );
    const valueWithoutIndicator = {
      ...plan,
      year: 2025,
      targets: [{ targetId: 'x', section: 'other', description: '其他工作', targetValue: 2 }],
    };
    expect((await post('', valueWithoutIndicator).expect(422)).body.rule).toBe('target-value-needs-indicator');
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const body = {
      targetId: 'annual-meeting',
      evidence: { streamId: 'activity-sichuan.annual-meeting-2024', eventType: 'ActivityHeld' },
      linkedOn: '2024-11-02',
    };
    const first = await post('/2024/links', body).set('idempotency-key', 'link-annual-meeting').expect(201);
    const again = await post('/2024/links', body).set('idempotency-key', 'link-annual-meeting').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const linked = (await api.store.readStream(stream)).filter((e) => e.type === 'TargetLinked');
    expect(linked).toHaveLength(2);
    // The same evidence linked again without a key decides nothing.
    expect((await post('/2024/links', body).expect(201)).body.events).toEqual([]);
  });
});
