import { projectAll } from '../projection';
import { EventRecorder } from './event-recorder';
import { yearlySummaryProjection } from './index';

describe('Yearly summary: regulations and party units stated only as counts', () => {
  it('counts a lower-bound regulation count as approximate and every party unit a record founds', () => {
    const r = new EventRecorder('gy');
    r.organization({ type: 'RegisterOrganization', data: { name: '广元市中医医院', kind: 'hospital', registeredOn: '1950-01-01' } });
    r.organization({
      type: 'AdoptRegulation',
      data: { regulationId: 'a', title: '各类制度', mode: 'adopted', adoptedOn: '2020-12-31', count: 90, approximate: true },
    });
    r.organization({
      type: 'AdoptRegulation',
      data: { regulationId: 'b', title: '医药代表接待日等制度', mode: 'adopted', adoptedOn: '2020-12-31', count: 17 },
    });
    r.organization({
      type: 'FoundPartyUnit',
      data: { unitId: 'gb', name: '党总支', kind: 'general-branch', foundedOn: '2020-12-31', count: 5 },
    });
    r.organization({ type: 'FoundPartyUnit', data: { unitId: 'pb', name: '党支部', kind: 'branch', foundedOn: '2020-12-31', count: 18 } });
    r.organization({ type: 'FoundPartyUnit', data: { unitId: 'one', name: '临时党支部', kind: 'branch', foundedOn: '2020-01-22' } });
    const doc = projectAll(yearlySummaryProjection, r.events).get('gy/2020')!;
    expect(doc.indicators['regulations.adopted']).toEqual({ value: 107, approximate: true });
    expect(doc.indicators['party.unitsFounded']).toEqual({ value: 24, approximate: false });
  });
});
