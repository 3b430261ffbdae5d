import { startApi, type ApiHarness } from '../support/api-harness';

describe('alliances (联盟) over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key('guangyuan', 'secretary');
  });
  afterAll(() => api.close());
  const post = (body: object) => api.http().post('/v1/orgs/guangyuan/alliances').set('authorization', `Bearer ${secretary}`).send(body);
  const rehab = {
    allianceId: 'rehab',
    name: '全市康复医学专科联盟',
    lead: { kind: 'organization' },
    members: { value: 56, approximate: true, marker: '余' },
    foundedOn: '2020-09-01',
  };

  it('records an alliance with its members as stated; once', async () => {
    const res = await post(rehab).expect(201);
    expect(res.body).toMatchObject({ streamId: 'alliance-guangyuan.rehab', events: [{ type: 'AllianceFounded' }] });
    const [event] = await api.store.readStream('alliance-guangyuan.rehab');
    expect(event.data).toMatchObject({ members: rehab.members, lead: { kind: 'organization' } });
    expect((await post(rehab).expect(422)).body.rule).toBe('alliance-founded-once');
  });

  it('answers 400 naming the field and rule, and 422 for a lead branch that does not exist; appends nothing', async () => {
    const before = (await api.allEvents()).length;
    const bad = await post({
      ...rehab,
      allianceId: 'x',
      lead: { kind: 'organization', branchId: 'b' },
      members: { value: 2, approximate: false, marker: '近' },
      foundedOn: '2020-13-01',
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'lead.branchId', rule: 'onlyForBranch' }),
        expect.objectContaining({ field: 'members.marker', rule: 'onlyWhenApproximate' }),
        expect.objectContaining({ field: 'foundedOn' }),
      ]),
    );
    const unknown = await post({ ...rehab, allianceId: 'geriatrics', lead: { kind: 'branch', branchId: 'nowhere' } }).expect(422);
    expect(unknown.body).toMatchObject({ rule: 'branch-must-exist', errors: [expect.objectContaining({ field: 'lead.branchId' })] });
    expect((await api.allEvents()).length).toBe(before);
  });
});
