import * as activity from '../activity';
import * as grant from '../grant';
import * as honor from '../honor';
import * as meeting from '../meeting';
import * as report from '../report';

/** Every command naming a branch as a party says which field names it; the command layer checks it exists. */
describe('branches named by commands', () => {
  const held = {
    activityId: 'a',
    title: 't',
    heldOn: '2023-05-12',
    sessions: 1,
    mode: 'offline',
    participants: { value: 1, approximate: false },
  } as const;

  it('an activity: its organizer, also when a correction changes it', () => {
    expect(
      activity.branchReferences({ type: 'RecordCompetition', data: { ...held, organizer: { kind: 'branch', branchId: 'qm' } } }),
    ).toEqual([{ field: 'organizer.branchId', branchId: 'qm' }]);
    expect(activity.branchReferences({ type: 'RecordStudySession', data: { ...held, organizer: { kind: 'organization' } } })).toEqual([]);
    expect(
      activity.branchReferences({
        type: 'CorrectActivityRecord',
        data: { activityId: 'a', correctedOn: '2024-01-01', reason: 'r', changes: { organizer: { kind: 'branch', branchId: 'qm' } } },
      }),
    ).toEqual([{ field: 'changes.organizer.branchId', branchId: 'qm' }]);
    expect(
      activity.branchReferences({
        type: 'CorrectActivityRecord',
        data: { activityId: 'a', correctedOn: '2024-01-01', reason: 'r', changes: { title: 'x' } },
      }),
    ).toEqual([]);
  });

  it('a report or standard: its issuer, also when a correction changes it', () => {
    const issue: report.IssueReport = {
      type: 'IssueReport',
      data: {
        reportId: 'r',
        kind: 'standard',
        standardLevel: 'group',
        title: 't',
        issuedOn: '2023-12-01',
        issuer: { kind: 'branch', branchId: 'qm' },
      },
    };
    expect(report.branchReferences(issue)).toEqual([{ field: 'issuer.branchId', branchId: 'qm' }]);
    expect(report.branchReferences({ ...issue, data: { ...issue.data, issuer: { kind: 'organization' } } })).toEqual([]);
    expect(
      report.branchReferences({
        type: 'CorrectReportRecord',
        data: { reportId: 'r', correctedOn: '2024-01-01', reason: 'x', changes: { issuer: { kind: 'branch', branchId: 'qm' } } },
      }),
    ).toEqual([{ field: 'changes.issuer.branchId', branchId: 'qm' }]);
  });

  it("a grant applied for through a branch or won by one, an honor received by one, a branch committee's series", () => {
    expect(
      grant.branchReferences({
        type: 'ApplyForGrant',
        data: { grantId: 'g', title: 't', appliedOn: '2023-01-01', applicant: { institution: 'i', branchId: 'qm' } },
      }),
    ).toEqual([{ field: 'applicant.branchId', branchId: 'qm' }]);
    expect(
      grant.branchReferences({
        type: 'RecordExternalGrant',
        data: { grantId: 'g', title: 't', funder: 'f', wonOn: '2023-01-01', branchId: 'qm' },
      }),
    ).toEqual([{ field: 'branchId', branchId: 'qm' }]);
    expect(
      grant.branchReferences({ type: 'RecordExternalGrant', data: { grantId: 'g', title: 't', funder: 'f', wonOn: '2023-01-01' } }),
    ).toEqual([]);
    expect(
      honor.branchReferences({
        type: 'ReceiveHonor',
        data: { honorId: 'h', title: 't', grantedBy: 'g', receivedOn: '2023-01-01', recipient: { kind: 'branch', branchId: 'qm' } },
      }),
    ).toEqual([{ field: 'recipient.branchId', branchId: 'qm' }]);
    expect(
      meeting.branchReferences({ type: 'DeclareMeetingSeries', data: { body: 'branch-quality-mgmt', term: 2, declaredOn: '2024-01-01' } }),
    ).toEqual([{ field: 'body', branchId: 'quality-mgmt' }]);
    expect(
      meeting.branchReferences({ type: 'DeclareMeetingSeries', data: { body: 'council', term: 4, declaredOn: '2024-01-01' } }),
    ).toEqual([]);
  });
});
