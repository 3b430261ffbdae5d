import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import type { IssueReport, ReportCommand } from './report.commands';
import { reportDecider } from './report.decider';
import type { PublicationsBackfilled, ReportEvent, ReportIssued } from './report.events';
import {
  BackfillNotSubmittable,
  IssuesNotApplicable,
  PublicationsBackfillEmpty,
  ReportAlreadyRecorded,
  ReportAlreadySubmitted,
  ReportBackfillNeedsSource,
  ReportCorrectionEmpty,
  ReportCorrectionNotApplicable,
  ReportCountInvalid,
  ReportDateInvalid,
  ReportDatesOutOfOrder,
  ReportNotIssued,
  ReportReasonRequired,
  ReportRecordRetractedError,
  StandardLevelNotApplicable,
  StandardLevelRequired,
  SubmissionNeedsBody,
} from './report.errors';
import { publicationsBackfillId, toReportStreamId } from './report.stream';

const given = deciderSpec(reportDecider);
const issue = (over: Partial<IssueReport['data']> = {}): IssueReport => ({
  type: 'IssueReport',
  data: {
    reportId: 'r1',
    kind: 'survey',
    title: '四川省县级医院急诊能力调研报告',
    issuedOn: '2023-11-20',
    documentNumber: '川医协发〔2023〕267号',
    issuer: { kind: 'organization' },
    copies: 300,
    ...over,
  },
});
const issued: ReportEvent = {
  type: 'ReportIssued',
  data: {
    occurredOn: '2023-11-20',
    reportId: 'r1',
    kind: 'survey',
    title: '四川省县级医院急诊能力调研报告',
    documentNumber: '川医协发〔2023〕267号',
    issuer: { kind: 'organization' },
    copies: 300,
    status: 'published',
  },
};
const submit = (submittedTo = '四川省卫生健康委员会', submittedOn = '2023-11-25') =>
  ({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo, submittedOn } }) as const;
const submitted: ReportEvent = {
  type: 'ReportSubmitted',
  data: { occurredOn: '2023-11-25', reportId: 'r1', submittedTo: '四川省卫生健康委员会', earlierSubmittedOn: [] },
};
const backfillData = {
  reportId: publicationsBackfillId('newsletter', 2023),
  year: 2023,
  kind: 'newsletter',
  issues: { value: 100, approximate: true },
  note: '简报 100 多期',
  source: { document: '2023年工作总结', section: '五、宣传' },
} as const;
const backfilled: ReportEvent = { type: 'PublicationsBackfilled', data: { occurredOn: '2023-12-31', ...backfillData } };
const issuedData = issued.data as ReportIssued['data'];
const backfilledData = backfilled.data as PublicationsBackfilled['data'];
const retracted: ReportEvent = {
  type: 'ReportRecordRetracted',
  data: {
    occurredOn: '2024-01-05',
    reportId: 'r1',
    reason: 'wrong report',
    previousOccurredOn: '2023-11-20',
    record: { status: 'issued', data: issuedData, submissions: [] },
  },
};
const correct = (changes: object, reason = '文号更正') =>
  ({ type: 'CorrectReportRecord', data: { reportId: 'r1', correctedOn: '2024-01-05', changes, reason } }) as ReportCommand;

describe('Report decider', () => {
  describe('IssueReport', () => {
    it('issues a report with its document number verbatim, published by default', () => given([]).when(issue()).then([issued]));

    it('keeps the series a report belongs to as stated, trimmed; a blank one is no series', () => {
      given([])
        .when(issue({ series: ' 专题研究成果 ' }))
        .then([{ type: 'ReportIssued', data: { ...issuedData, series: '专题研究成果' } }]);
      given([])
        .when(issue({ series: '  ' }))
        .then([issued]);
    });

    it('a standard states its level, and only a standard has one', () => {
      given([])
        .when(issue({ kind: 'standard', standardLevel: 'group', copies: undefined, documentNumber: undefined, status: 'draft' }))
        .then([
          {
            type: 'ReportIssued',
            data: {
              occurredOn: '2023-11-20',
              reportId: 'r1',
              kind: 'standard',
              title: '四川省县级医院急诊能力调研报告',
              standardLevel: 'group',
              issuer: { kind: 'organization' },
              status: 'draft',
            },
          },
        ]);
      given([])
        .when(issue({ kind: 'standard' }))
        .thenThrows(StandardLevelRequired, /states its level/);
      given([])
        .when(issue({ standardLevel: 'national' }))
        .thenThrows(StandardLevelNotApplicable, /only a standard/);
    });

    it('journals and newsletters come out in issues, one by default', () => {
      given([])
        .when(issue({ kind: 'newsletter', issuer: { kind: 'branch', branchId: 'rehab' } }))
        .then([
          { type: 'ReportIssued', data: { ...issued.data, kind: 'newsletter', issuer: { kind: 'branch', branchId: 'rehab' }, issues: 1 } },
        ]);
      given([])
        .when(issue({ kind: 'journal-issue', issues: 0 }))
        .thenThrows(ReportCountInvalid, /at least 1/);
      given([])
        .when(issue({ issues: 2 }))
        .thenThrows(IssuesNotApplicable);
    });

    it('refuses copies that are not a whole number and a date that is not a calendar date', () => {
      given([])
        .when(issue({ copies: -5 }))
        .thenThrows(ReportCountInvalid, /copies/);
      given([])
        .when(issue({ issuedOn: '2023-13-01' }))
        .thenThrows(ReportDateInvalid);
    });

    it('is recorded once', () =>
      given([issued])
        .when(issue())
        .thenThrows(ReportAlreadyRecorded, /recorded once/));
  });

  describe('SubmitReport', () => {
    it('submits an issued report to a government body, once per body, carrying the days of its earlier submissions', () => {
      given([issued]).when(submit(' 四川省卫生健康委员会 ')).then([submitted]);
      given([issued, submitted])
        .when(submit())
        .thenThrows(ReportAlreadySubmitted, /once to each body/);
      given([issued, submitted])
        .when(submit('四川省民政厅'))
        .then([
          {
            type: 'ReportSubmitted',
            data: { occurredOn: '2023-11-25', reportId: 'r1', submittedTo: '四川省民政厅', earlierSubmittedOn: ['2023-11-25'] },
          },
        ]);
    });

    it('needs an issued report, a body, and a date no earlier than the issue', () => {
      given([]).when(submit()).thenThrows(ReportNotIssued);
      given([backfilled]).when(submit()).thenThrows(BackfillNotSubmittable);
      given([issued]).when(submit('  ')).thenThrows(SubmissionNeedsBody);
      given([issued]).when(submit('四川省民政厅', '2023-11-19')).thenThrows(ReportDatesOutOfOrder);
    });
  });

  describe('RecordPublicationsBackfill', () => {
    it('records "简报 100 多期" as an approximate total on the last day of the year', () =>
      given([]).when({ type: 'RecordPublicationsBackfill', data: backfillData }).then([backfilled]));

    it('records "推文 245 篇" as posts', () =>
      given([])
        .when({
          type: 'RecordPublicationsBackfill',
          data: { ...backfillData, kind: 'post', issues: undefined, posts: { value: 245, approximate: false } },
        })
        .then([
          {
            type: 'PublicationsBackfilled',
            data: { ...backfilled.data, kind: 'post', issues: undefined, posts: { value: 245, approximate: false } },
          },
        ]));

    it('states a total, as whole numbers, citing its source', () => {
      given([])
        .when({ type: 'RecordPublicationsBackfill', data: { ...backfillData, issues: undefined } })
        .thenThrows(PublicationsBackfillEmpty);
      given([])
        .when({ type: 'RecordPublicationsBackfill', data: { ...backfillData, copies: { value: 2.5, approximate: false } } })
        .thenThrows(ReportCountInvalid);
      given([])
        .when({ type: 'RecordPublicationsBackfill', data: { ...backfillData, source: { document: '', section: '' } } })
        .thenThrows(ReportBackfillNeedsSource);
      given([])
        .when({ type: 'RecordPublicationsBackfill', data: { ...backfillData, year: 99999 } })
        .thenThrows(ReportDateInvalid);
      given([backfilled]).when({ type: 'RecordPublicationsBackfill', data: backfillData }).thenThrows(ReportAlreadyRecorded);
    });
  });

  describe('CorrectReportRecord', () => {
    it('records only the fields that change', () =>
      given([issued])
        .when(correct({ documentNumber: '川医协发〔2023〕268号', copies: 300 }))
        .then([
          {
            type: 'ReportRecordCorrected',
            data: {
              occurredOn: '2024-01-05',
              reportId: 'r1',
              changes: { documentNumber: '川医协发〔2023〕268号' },
              reason: '文号更正',
              previousOccurredOn: '2023-11-20',
              previous: { status: 'issued', data: issuedData, submissions: [] },
              record: { status: 'issued', data: { ...issuedData, documentNumber: '川医协发〔2023〕268号' }, submissions: [] },
            },
          },
        ]));

    it("carries the record's date and the whole record before the correction, and the whole corrected record, submissions included", () => {
      const [event] = reportDecider.decide(correct({ issuedOn: '2023-11-18' }), foldEvents(reportDecider, [issued, submitted]));
      expect(event).toEqual({
        type: 'ReportRecordCorrected',
        data: {
          occurredOn: '2024-01-05',
          reportId: 'r1',
          changes: { issuedOn: '2023-11-18' },
          reason: '文号更正',
          previousOccurredOn: '2023-11-20',
          previous: {
            status: 'issued',
            data: issuedData,
            submissions: [{ submittedTo: '四川省卫生健康委员会', submittedOn: '2023-11-25' }],
          },
          record: {
            status: 'issued',
            data: { ...issuedData, occurredOn: '2023-11-18' },
            submissions: [{ submittedTo: '四川省卫生健康委员会', submittedOn: '2023-11-25' }],
          },
        },
      });
      expect(foldEvents(reportDecider, [issued, submitted, event])).toEqual(
        event.type === 'ReportRecordCorrected' ? event.data.record : undefined,
      );
    });

    it('applies corrections to the record; a new issuedOn moves the record date', () => {
      const submissions = [{ submittedTo: '四川省卫生健康委员会', submittedOn: '2023-11-25' }];
      const c: ReportEvent = {
        type: 'ReportRecordCorrected',
        data: {
          occurredOn: '2024-01-05',
          reportId: 'r1',
          changes: { issuedOn: '2023-11-18', status: 'draft' },
          reason: 'r',
          previousOccurredOn: '2023-11-20',
          previous: { status: 'issued', data: issuedData, submissions },
          record: { status: 'issued', data: { ...issuedData, occurredOn: '2023-11-18', status: 'draft' }, submissions },
        },
      };
      expect(foldEvents(reportDecider, [issued, submitted, c])).toMatchObject({
        status: 'issued',
        data: { occurredOn: '2023-11-18', status: 'draft' },
      });
    });

    it('re-checks the rules on the corrected whole', () => {
      given([issued, submitted])
        .when(correct({ issuedOn: '2023-11-26' }))
        .thenThrows(ReportDatesOutOfOrder);
      given([issued])
        .when(correct({ standardLevel: 'group' }))
        .thenThrows(StandardLevelNotApplicable);
      given([issued])
        .when(correct({ issues: 3 }))
        .thenThrows(IssuesNotApplicable);
      given([backfilled])
        .when(correct({ issues: 101 }))
        .thenThrows(ReportCountInvalid);
    });

    it('changes only fields that apply, and never the kind', () => {
      given([issued])
        .when(correct({ kind: 'book' }))
        .thenThrows(ReportCorrectionNotApplicable, /kind on an issued report/);
      given([backfilled])
        .when(correct({ title: 'x' }))
        .thenThrows(ReportCorrectionNotApplicable, /backfilled total/);
      given([backfilled])
        .when(correct({ issues: { value: 104, approximate: false } }))
        .then([
          {
            type: 'ReportRecordCorrected',
            data: {
              occurredOn: '2024-01-05',
              reportId: 'r1',
              changes: { issues: { value: 104, approximate: false } },
              reason: '文号更正',
              previousOccurredOn: '2023-12-31',
              previous: { status: 'backfilled', data: backfilledData },
              record: { status: 'backfilled', data: { ...backfilledData, issues: { value: 104, approximate: false } } },
            },
          },
        ]);
    });

    it('must change something, with a reason, on a recorded report', () => {
      given([issued])
        .when(correct({ title: issued.data.title }))
        .thenThrows(ReportCorrectionEmpty);
      given([issued])
        .when(correct({ copies: 1 }, ''))
        .thenThrows(ReportReasonRequired);
      given([])
        .when(correct({ copies: 1 }))
        .thenThrows(ReportNotIssued);
    });
  });

  describe('RetractReportRecord', () => {
    const retract = (reason = 'wrong report') =>
      ({ type: 'RetractReportRecord', data: { reportId: 'r1', retractedOn: '2024-01-05', reason } }) as const;

    it('retracts a record, which then takes nothing further', () => {
      given([issued]).when(retract()).then([retracted]);
      given([issued, submitted])
        .when(retract())
        .then([
          {
            type: 'ReportRecordRetracted',
            data: {
              occurredOn: '2024-01-05',
              reportId: 'r1',
              reason: 'wrong report',
              previousOccurredOn: '2023-11-20',
              record: {
                status: 'issued',
                data: issuedData,
                submissions: [{ submittedTo: '四川省卫生健康委员会', submittedOn: '2023-11-25' }],
              },
            },
          },
        ]);
      given([issued, retracted])
        .when(submit())
        .thenThrows(ReportRecordRetractedError, /no further commands/);
      given([issued, retracted]).when(issue()).thenThrows(ReportRecordRetractedError);
    });

    it('needs a record and a reason', () => {
      given([]).when(retract()).thenThrows(ReportNotIssued);
      given([issued])
        .when(retract(' '))
        .thenThrows(ReportReasonRequired, /state its reason/);
    });
  });

  it('names streams report-<tenant>.<reportId>', () =>
    expect(toReportStreamId('schxa', publicationsBackfillId('post', 2023))).toBe('report-schxa.backfill-post-2023-1'));
});
