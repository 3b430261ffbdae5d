import { deciderSpec } from '../shared/decider-spec';
import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { AllianceAlreadyFounded, AllianceMembersInvalid } from './alliance.errors';
import { branchReferences } from './alliance.references';
import { toAllianceStreamId } from './alliance.stream';

const given = deciderSpec(allianceDecider);
const found = {
  type: 'FoundAlliance' as const,
  data: {
    allianceId: 'rehab',
    name: '全市康复医学专科联盟',
    lead: { kind: 'organization' as const },
    members: { value: 56, approximate: true, marker: '余' as const },
    foundedOn: '2020-09-01',
  },
};
const founded: AllianceEvent = { type: 'AllianceFounded', data: { occurredOn: '2020-09-01', ...found.data } };

describe('Alliance decider (联盟)', () => {
  it('has a stream per alliance', () => expect(toAllianceStreamId('gy', 'rehab')).toBe('alliance-gy.rehab'));
  it('founds an alliance with its member institutions as stated', () => given([]).when(found).then([founded]));
  it('is founded once', () =>
    given([founded])
      .when(found)
      .thenThrows(AllianceAlreadyFounded, /already founded/));
  it('states at least one member, as a count a document writes', () => {
    given([])
      .when({ ...found, data: { ...found.data, members: { value: 0, approximate: false } } })
      .thenThrows(AllianceMembersInvalid);
    given([])
      .when({ ...found, data: { ...found.data, members: { value: 3, approximate: false, marker: '余' } } })
      .thenThrows(AllianceMembersInvalid);
  });
  it('names its lead branch for the command layer to check', () =>
    expect(branchReferences({ ...found, data: { ...found.data, lead: { kind: 'branch', branchId: 'rehab-mgmt' } } })).toEqual([
      { field: 'lead.branchId', branchId: 'rehab-mgmt' },
    ]));
});
