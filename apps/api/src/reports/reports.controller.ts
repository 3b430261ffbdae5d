import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { report } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import type { CountDto } from '../commands/dto/common.dto';
import { countOf } from '../activities/activity-commands';
import { AggregateCommand } from '../commands/aggregate-command';
import { reportAggregate } from './report.aggregate';
import {
  CorrectReportRecordDto,
  IssueReportDto,
  RecordPublicationsBackfillDto,
  type ReportCoverageDto,
  RetractReportRecordDto,
  SubmitReportDto,
  type PublicationSourceDto,
  type ReportIssuerDto,
} from './report.dto';

/** A whole number stays a number; a count becomes { value, approximate } in that order. */
const wholeOrCountOf = (v: number | CountDto | undefined) => (v === undefined || typeof v === 'number' ? v : countOf(v));
const sourceOf = (s: PublicationSourceDto): report.ReportSourceRef => ({ document: s.document, section: s.section });
const issuerOf = (i: ReportIssuerDto): report.Issuer =>
  i.kind === 'branch' ? { kind: 'branch', branchId: i.branchId! } : { kind: 'organization' };

/**
 * 报告与出版物: survey reports, standards, consensus statements, journals, newsletters and
 * official documents, one stream per report; publication totals backfilled per kind and year.
 */
/** The coverage as stated, each part only when given. */
function coverageOf(c: ReportCoverageDto): report.ReportCoverage {
  return {
    ...(c.regions ? { regions: { count: countOf(c.regions.count), level: c.regions.level } } : {}),
    ...(c.institutions ? { institutions: countOf(c.institutions) } : {}),
    ...(c.respondents ? { respondents: countOf(c.respondents) } : {}),
  };
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant')
export class ReportsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    reportId: string,
    command: report.ReportCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(reportAggregate, reportId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('reports', 'Issue a report, standard or publication (印发)')
  issue(
    @TenantParam() tenant: string,
    @Body() dto: IssueReportDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { coverage, ...rest } = dto;
    const data: report.IssueReport['data'] = {
      ...rest,
      issuer: issuerOf(dto.issuer),
      ...(coverage ? { coverage: coverageOf(coverage) } : {}),
    };
    return this.send(tenant, dto.reportId, { type: 'IssueReport', data }, req, reply);
  }

  @CommandEndpoint('reports/:reportId/submissions', 'Record the submission (报送) of a report to a government body')
  submit(
    @TenantParam() tenant: string,
    @IdParam('reportId') reportId: string,
    @Body() dto: SubmitReportDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, reportId, { type: 'SubmitReport', data: { reportId, ...dto } }, req, reply);
  }

  @CommandEndpoint('publications/backfills', "Backfill a year's publications a source gives only as a total")
  backfill(
    @TenantParam() tenant: string,
    @Body() dto: RecordPublicationsBackfillDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const reportId = report.publicationsBackfillId(dto.kind, dto.year, dto.sequence ?? 1);
    const data = {
      reportId,
      year: dto.year,
      kind: dto.kind,
      issues: dto.issues && countOf(dto.issues),
      copies: dto.copies && countOf(dto.copies),
      posts: dto.posts && countOf(dto.posts),
      title: dto.title,
      note: dto.note,
      source: sourceOf(dto.source),
    };
    return this.send(tenant, reportId, { type: 'RecordPublicationsBackfill', data }, req, reply);
  }

  @CommandEndpoint('reports/:reportId/corrections', 'Correct a report record or a backfilled total')
  correct(
    @TenantParam() tenant: string,
    @IdParam('reportId') reportId: string,
    @Body() dto: CorrectReportRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const c = dto.changes;
    const changes = {
      ...c,
      issuer: c.issuer && issuerOf(c.issuer),
      copies: wholeOrCountOf(c.copies),
      issues: wholeOrCountOf(c.issues),
      posts: c.posts && countOf(c.posts),
      source: c.source && sourceOf(c.source),
    } as report.ReportChanges;
    return this.send(
      tenant,
      reportId,
      { type: 'CorrectReportRecord', data: { reportId, correctedOn: dto.correctedOn, changes, reason: dto.reason } },
      req,
      reply,
    );
  }

  @CommandEndpoint('reports/:reportId/retraction', 'Retract a report record entered in error')
  retract(
    @TenantParam() tenant: string,
    @IdParam('reportId') reportId: string,
    @Body() dto: RetractReportRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, reportId, { type: 'RetractReportRecord', data: { reportId, ...dto } }, req, reply);
  }
}
