import { deciderSpec } from '../shared/decider-spec';
import { organizationDecider } from './organization.decider';
import { PartyUnitCountNotPositive } from './organization.errors';
import type { OrganizationEvent } from './organization.events';

const given = deciderSpec(organizationDecider);
const registered: OrganizationEvent = {
  type: 'OrganizationRegistered',
  data: { occurredOn: '1950-01-01', name: '广元市中医医院', kind: 'hospital', timeZone: 'Asia/Shanghai' },
};

describe('Organization: counts a document states only as counts', () => {
  it('keeps a regulation count given as a lower bound (制度90余项)', () =>
    given([registered])
      .when({
        type: 'AdoptRegulation',
        data: {
          regulationId: 'r2020',
          title: '核酸检测等各类制度',
          mode: 'adopted',
          adoptedOn: '2020-12-31',
          count: 90,
          approximate: true,
        },
      })
      .then([
        {
          type: 'RegulationAdopted',
          data: {
            occurredOn: '2020-12-31',
            regulationId: 'r2020',
            title: '核酸检测等各类制度',
            mode: 'adopted',
            count: 90,
            approximate: true,
          },
        },
      ]));

  it('states no lower bound when the count is exact', () =>
    given([registered])
      .when({
        type: 'AdoptRegulation',
        data: { regulationId: 'r2020', title: '制度', mode: 'adopted', adoptedOn: '2020-12-31', count: 17, approximate: false },
      })
      .then([
        { type: 'RegulationAdopted', data: { occurredOn: '2020-12-31', regulationId: 'r2020', title: '制度', mode: 'adopted', count: 17 } },
      ]));

  it('founds several party units of a kind in one record (新建18个党支部), one when no count is given', () => {
    given([registered])
      .when({
        type: 'FoundPartyUnit',
        data: { unitId: 'branches-2020', name: '党支部', kind: 'branch', foundedOn: '2020-12-31', count: 18 },
      })
      .then([
        {
          type: 'PartyUnitFounded',
          data: { occurredOn: '2020-12-31', unitId: 'branches-2020', name: '党支部', kind: 'branch', count: 18 },
        },
      ]);
    given([registered])
      .when({ type: 'FoundPartyUnit', data: { unitId: 'b1', name: '党支部', kind: 'branch', foundedOn: '2020-12-31' } })
      .then([{ type: 'PartyUnitFounded', data: { occurredOn: '2020-12-31', unitId: 'b1', name: '党支部', kind: 'branch' } }]);
  });

  it('refuses a party unit count that is not a whole number of at least 1', () =>
    given([registered])
      .when({ type: 'FoundPartyUnit', data: { unitId: 'b0', name: '党支部', kind: 'branch', foundedOn: '2020-12-31', count: 0 } })
      .thenThrows(PartyUnitCountNotPositive, /at least 1/));
});
