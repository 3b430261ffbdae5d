import { deciderSpec } from '../shared/decider-spec';
import { honorDecider } from './honor.decider';
import type { HonorEvent } from './honor.events';
import {
  AwardeesInvalid,
  HonorAlreadyRecorded,
  HonorNotFound,
  HonorRecordRetractedError,
  RecipientsInvalid,
  RetractionNeedsReason,
} from './honor.errors';
import { toHonorStreamId } from './honor.stream';

const given = deciderSpec(honorDecider);
const fiveA: HonorEvent = {
  type: 'HonorReceived',
  data: {
    occurredOn: '2023-11-20',
    honorId: '5a-2023',
    title: '5A级社会组织',
    grantedBy: '四川省民政厅',
    level: 'provincial',
    recipient: { kind: 'organization' },
    receivedOn: '2023-11-20',
  },
};
const { occurredOn: _received, ...fiveARecord } = fiveA.data as Extract<HonorEvent, { type: 'HonorReceived' }>['data'];
/** Carries the honor as it stood, so a read model keyed by year knows which year it leaves. */
const retracted: HonorEvent = {
  type: 'HonorRecordRetracted',
  data: { occurredOn: '2024-01-05', honorId: '5a-2023', reason: '重复录入', record: fiveARecord },
};

describe('Honor decider', () => {
  it('has a stream per honor', () => expect(toHonorStreamId('scha', '5a-2023')).toBe('honor-scha.5a-2023'));

  describe('ReceiveHonor', () => {
    it('records an honor of the organization', () =>
      given([])
        .when({
          type: 'ReceiveHonor',
          data: {
            honorId: '5a-2023',
            title: '5A级社会组织',
            grantedBy: '四川省民政厅',
            level: 'provincial',
            recipient: { kind: 'organization' },
            receivedOn: '2023-11-20',
          },
        })
        .then([fiveA]));

    it("records an honor of staff or of members' projects counted together, as stated, with the staff it names", () => {
      const staff = {
        kind: 'staff' as const,
        count: { value: 54, approximate: false, unit: '人次' as const },
        named: ['杨志林', '李彬', '王秀蓉'],
      };
      given([])
        .when({
          type: 'ReceiveHonor',
          data: { honorId: 'staff-2020', title: '省市级表彰', grantedBy: '四川省、广元市', recipient: staff, receivedOn: '2020-12-31' },
        })
        .then([
          {
            type: 'HonorReceived',
            data: {
              occurredOn: '2020-12-31',
              honorId: 'staff-2020',
              title: '省市级表彰',
              grantedBy: '四川省、广元市',
              recipient: staff,
              receivedOn: '2020-12-31',
            },
          },
        ]);
      const projects = { kind: 'member-projects' as const, count: { value: 5, approximate: false } };
      given([])
        .when({
          type: 'ReceiveHonor',
          data: {
            honorId: 'innovation-2025',
            title: '中国医院协会医院科技创新奖',
            grantedBy: '中国医院协会',
            level: 'national',
            recipient: projects,
            receivedOn: '2025-12-31',
          },
        })
        .then([
          {
            type: 'HonorReceived',
            data: {
              occurredOn: '2025-12-31',
              honorId: 'innovation-2025',
              title: '中国医院协会医院科技创新奖',
              grantedBy: '中国医院协会',
              level: 'national',
              recipient: projects,
              receivedOn: '2025-12-31',
            },
          },
        ]);
    });

    it('refuses recipients counted together without a count of at least one, or with a blank name', () => {
      const receive = (recipient: unknown) =>
        ({ type: 'ReceiveHonor', data: { honorId: 'h', title: 't', grantedBy: 'g', recipient, receivedOn: '2020-12-31' } }) as Parameters<
          typeof honorDecider.decide
        >[0];
      given([])
        .when(receive({ kind: 'staff', count: { value: 0, approximate: false } }))
        .thenThrows(RecipientsInvalid, /recipient\.count/);
      given([])
        .when(receive({ kind: 'member-projects' }))
        .thenThrows(RecipientsInvalid, /recipient\.count/);
      given([])
        .when(receive({ kind: 'staff', count: { value: 3, approximate: false }, named: ['李彬', ' '] }))
        .thenThrows(RecipientsInvalid, /recipient\.named/);
    });

    it('records an honor of a branch or a person, without a level', () => {
      given([])
        .when({
          type: 'ReceiveHonor',
          data: {
            honorId: 'h2',
            title: '优秀分支机构',
            grantedBy: '中国医院协会',
            recipient: { kind: 'branch', branchId: 'rehab' },
            receivedOn: '2023-12-01',
          },
        })
        .then([
          {
            type: 'HonorReceived',
            data: {
              occurredOn: '2023-12-01',
              honorId: 'h2',
              title: '优秀分支机构',
              grantedBy: '中国医院协会',
              recipient: { kind: 'branch', branchId: 'rehab' },
              receivedOn: '2023-12-01',
            },
          },
        ]);
      given([])
        .when({
          type: 'ReceiveHonor',
          data: {
            honorId: 'h3',
            title: '优秀秘书长',
            grantedBy: '中国医院协会',
            level: 'national',
            recipient: { kind: 'person', name: '李四' },
            receivedOn: '2023-12-01',
          },
        })
        .then([
          {
            type: 'HonorReceived',
            data: {
              occurredOn: '2023-12-01',
              honorId: 'h3',
              title: '优秀秘书长',
              grantedBy: '中国医院协会',
              level: 'national',
              recipient: { kind: 'person', name: '李四' },
              receivedOn: '2023-12-01',
            },
          },
        ]);
    });

    it('is recorded once per honor id', () =>
      given([fiveA])
        .when({
          type: 'ReceiveHonor',
          data: {
            honorId: '5a-2023',
            title: '5A级社会组织',
            grantedBy: '四川省民政厅',
            recipient: { kind: 'organization' },
            receivedOn: '2023-11-21',
          },
        })
        .thenThrows(HonorAlreadyRecorded, /recorded once/));

    it('is not recorded again under a retracted id', () =>
      given([fiveA, retracted])
        .when({
          type: 'ReceiveHonor',
          data: {
            honorId: '5a-2023',
            title: '5A级社会组织',
            grantedBy: '四川省民政厅',
            recipient: { kind: 'organization' },
            receivedOn: '2023-11-21',
          },
        })
        .thenThrows(HonorRecordRetractedError));
  });

  describe('RetractHonorRecord', () => {
    it('retracts a record with its reason', () =>
      given([fiveA])
        .when({ type: 'RetractHonorRecord', data: { honorId: '5a-2023', retractedOn: '2024-01-05', reason: ' 重复录入 ' } })
        .then([retracted]));

    it('states the reason', () =>
      given([fiveA])
        .when({ type: 'RetractHonorRecord', data: { honorId: '5a-2023', retractedOn: '2024-01-05', reason: '  ' } })
        .thenThrows(RetractionNeedsReason));

    it('needs a recorded honor', () =>
      given([])
        .when({ type: 'RetractHonorRecord', data: { honorId: '5a-2023', retractedOn: '2024-01-05', reason: 'x' } })
        .thenThrows(HonorNotFound));

    it('retracts once', () =>
      given([fiveA, retracted])
        .when({ type: 'RetractHonorRecord', data: { honorId: '5a-2023', retractedOn: '2024-01-06', reason: 'x' } })
        .thenThrows(HonorRecordRetractedError, /takes no further commands/));
  });

  describe('AwardHonor', () => {
    const award = {
      type: 'AwardHonor' as const,
      data: {
        honorId: 'excellent-2023',
        title: '优秀个人',
        awardedBy: { kind: 'organization' as const },
        awardees: { value: 54, approximate: false },
        awardeeKind: 'person' as const,
        awardedOn: '2023-12-20',
      },
    };
    const awarded: HonorEvent = { type: 'HonorAwarded', data: { occurredOn: '2023-12-20', ...award.data } };

    it('records an honor the organization awards, with how many received it', () => given([]).when(award).then([awarded]));
    it('refuses no awardee, or a count no document writes', () => {
      given([])
        .when({ ...award, data: { ...award.data, awardees: { value: 0, approximate: false } } })
        .thenThrows(AwardeesInvalid, /at least one/);
      given([])
        .when({ ...award, data: { ...award.data, awardees: { value: 5, approximate: false, marker: '近' } } })
        .thenThrows(AwardeesInvalid);
    });
    it('an honor id is one honor, received or awarded', () => {
      given([fiveA])
        .when({ ...award, data: { ...award.data, honorId: '5a-2023' } })
        .thenThrows(HonorAlreadyRecorded);
      given([awarded])
        .when({ type: 'ReceiveHonor', data: { ...fiveARecord, honorId: 'excellent-2023' } })
        .thenThrows(HonorAlreadyRecorded);
    });
    it('is retracted carrying the award as it stood', () => {
      const { occurredOn: _, ...record } = awarded.data as Extract<HonorEvent, { type: 'HonorAwarded' }>['data'];
      given([awarded])
        .when({ type: 'RetractHonorRecord', data: { honorId: 'excellent-2023', retractedOn: '2024-01-05', reason: '名单有误' } })
        .then([
          { type: 'HonorRecordRetracted', data: { occurredOn: '2024-01-05', honorId: 'excellent-2023', reason: '名单有误', record } },
        ]);
    });
  });
});
