import { catalogueEntry } from '@assocflow/commanding';
import { report } from '@assocflow/domain';

export const reportAggregate = catalogueEntry({
  name: 'report',
  commands: {
    IssueReport: true,
    SubmitReport: true,
    RecordPublicationsBackfill: true,
    CorrectReportRecord: true,
    RetractReportRecord: true,
  },
  toStreamId: report.toReportStreamId,
  decider: report.reportDecider,
  upcasters: report.reportUpcasters,
  references: report.branchReferences,
});
