import { startApi, type ApiHarness } from '../support/api-harness';

/** A figure keeps the form its source stated (近300人, 10.36万人次), and what an activity reached stays apart from its participants. */
describe('figures as stated, over HTTP (SQLite on disk, real Redis)', () => {
  let api: ApiHarness;
  let secretary: string;
  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key('sichuan', 'secretary');
  });
  afterAll(() => api.close());
  const post = (path: string, body: object) =>
    api.http().post(`/v1/orgs/sichuan${path}`).set('authorization', `Bearer ${secretary}`).send(body);
  const lecture = {
    activityId: 'lectures-2023',
    title: '新冠感染期间系列科普讲座',
    heldOn: '2023-01-10',
    organizer: { kind: 'organization' },
    sessions: 7,
    mode: 'online',
    participants: { value: 0, approximate: false },
    peopleServed: { value: 5350, approximate: false, unit: '人' },
    reach: {
      viewersOnline: { value: 200_000, approximate: true, marker: '近', wan: true },
      experts: { value: 20, approximate: true, marker: '余' },
      institutions: { value: 151, approximate: false },
      regions: { count: { value: 20, approximate: false }, level: 'city' },
      forums: { main: 1, parallel: 8 },
    },
  };

  it('records the marker, the unit, 万 and the reach as stated, the viewers apart from the people served', async () => {
    await post('/activities/public-welfare', lecture).expect(201);
    const [held] = await api.store.readStream('activity-sichuan.lectures-2023');
    expect(held.data).toMatchObject({ peopleServed: lecture.peopleServed, reach: lecture.reach });
  });

  it('a correction replaces the reach; it may not change it into a form no document writes', async () => {
    await post('/activities/lectures-2023/corrections', {
      correctedOn: '2023-02-01',
      changes: { reach: { viewersOnline: { value: 190_000, approximate: false } } },
      reason: '平台统计更正',
    }).expect(201);
    const stream = await api.store.readStream('activity-sichuan.lectures-2023');
    expect(stream[1].data).toMatchObject({ record: { data: { reach: { viewersOnline: { value: 190_000, approximate: false } } } } });
  });

  it('answers 400 naming the field and the rule for a marker on an exact figure, a unit or level no document writes; appends nothing', async () => {
    const before = (await api.allEvents()).length;
    const res = await post('/activities/public-welfare', {
      ...lecture,
      activityId: 'bad-forms',
      participants: { value: 300, approximate: false, marker: '近', unit: '位' },
      reach: {
        experts: { value: 2, approximate: true, marker: '大约' },
        regions: { count: { value: 3, approximate: false }, level: 'village' },
        forums: { main: -1, parallel: 2 },
      },
    }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'participants.marker', rule: 'onlyWhenApproximate' }),
        expect.objectContaining({ field: 'participants.unit', rule: 'isIn' }),
        expect.objectContaining({ field: 'reach.experts.marker', rule: 'isIn' }),
        expect.objectContaining({ field: 'reach.regions.level', rule: 'isIn' }),
        expect.objectContaining({ field: 'reach.forums.main', rule: 'min' }),
      ]),
    );
    expect((await api.allEvents()).length).toBe(before);
  });
  it('keeps the breakdowns a document states (services, findings, submissions by kind, a team sent on) and refuses malformed ones naming the field', async () => {
    const reach = {
      services: [{ name: '超声', count: { value: 613, approximate: false, unit: '人次' } }],
      findings: [{ name: '先心病患儿', count: { value: 8, approximate: false, unit: '人' } }],
      submissionsByKind: [
        { kind: 'paper', count: { value: 161, approximate: false } },
        { kind: 'case', count: { value: 64, approximate: false } },
      ],
      teamSent: {
        contest: '第七届全国急救技能大赛',
        members: [{ name: '院前急救人员', count: { value: 3, approximate: false } }],
        result: '优胜奖',
      },
    };
    await post('/activities/public-welfare', { ...lecture, activityId: 'screening-2023', reach }).expect(201);
    const [held] = await api.store.readStream('activity-sichuan.screening-2023');
    expect(held.data).toMatchObject({ reach });

    const before = (await api.allEvents()).length;
    const res = await post('/activities/public-welfare', {
      ...lecture,
      activityId: 'bad-breakdowns',
      reach: {
        services: [{ name: '超声', count: { value: -1, approximate: false } }],
        submissionsByKind: [{ kind: 'poem', count: { value: 1, approximate: false } }],
      },
    }).expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).join(' ');
    expect(fields).toMatch(/reach\.services\.0\.count/);
    expect(fields).toMatch(/reach\.submissionsByKind\.0\.kind/);
    expect((await api.allEvents()).length).toBe(before);
  });
});
