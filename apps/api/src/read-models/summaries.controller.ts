import { createHash } from 'node:crypto';
import { Controller, HttpException, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { yearlySummaryProjection, type YearlySummaryDocument } from '@assocflow/projections/yearly-summary';
import { activityLedgerKey, activityLedgerProjection } from '@assocflow/projections/activity-ledger';
import { reportsRegisterProjection } from '@assocflow/projections/reports-register';
import { organizationProfileOf, tenantCalendarOf } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { REPORT_RENDERING_VERSION, renderYearlyReport, reportHeading, reportRecordsOf } from '@assocflow/reporting';
import { problem } from '../problem/problem-document';
import { TenantParam, YearParam } from '../commands/tenant-param';
import { ReadEndpoint } from './read-endpoint';
import { yearOf } from './read-query';
import { ReadModelService } from './read-model.service';
import { RenderedBodies } from './rendered-bodies';
import { ReportPdfService } from './report-pdf.service';
import { minPositionOf, sendRead } from './read-response';
import { ReportQueryDto } from './report-query.dto';

@ApiTags('summaries')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/summaries')
export class SummariesController {
  constructor(
    private readonly readModels: ReadModelService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly pdf: ReportPdfService,
  ) {}

  private readonly bodies = new RenderedBodies<YearlySummaryDocument>(publicSummary);

  @ReadEndpoint(
    ':year',
    'Yearly work summary',
    'Every indicator of the year as { value, approximate }, grouped in sections, with plan versus actual when a work plan was adopted',
  )
  async year(
    @TenantParam() tenant: string,
    @YearParam() year: number,
    @Query('minPosition') min: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const key = `${tenant}/${year}`;
    const { bytes, position, fresh } = await this.readModels.readBytes(yearlySummaryProjection, key, minPositionOf(min));
    const rendered = bytes === undefined ? undefined : this.bodies.of(key, bytes);
    if (!rendered?.doc.recorded)
      throw new HttpException(problem(404, 'not-found', 'Not found', `nothing is recorded for ${tenant} in ${year}`), 404);
    if (sendRead(req, reply, {}, position, fresh, `summary-${tenant}-${year}`) === undefined) return undefined;
    void reply.header('content-type', 'application/json; charset=utf-8');
    return rendered.withPosition(position);
  }

  @ReadEndpoint(
    ':year/report',
    'Yearly work summary as a report',
    'The summary of the year written as a report: numbered sections (党建, 学术活动, 培训, 竞赛, 公益, 调研与标准, 科研资助, 宣传, 自身建设), the branches founded by name, and the plan versus actual as a table; in Chinese or English, as Markdown or a standalone HTML document',
  )
  @ApiProduces('text/markdown', 'text/html', 'application/pdf')
  @ApiOkResponse({
    description: 'The report; ETag and X-Projection-Position as on the summary',
    content: {
      'text/markdown': { schema: { type: 'string' } },
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async report(
    @TenantParam() tenant: string,
    @YearParam() year: number,
    @Query() query: ReportQueryDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const lang = query.lang ?? 'zh';
    const format = query.format ?? 'md';
    const minPosition = minPositionOf(query.minPosition);
    // The totals from the summary, the records each section names (其中) from the activity ledger.
    const [summary, ledger, register] = await Promise.all([
      this.readModels.read(yearlySummaryProjection, `${tenant}/${year}`, minPosition),
      this.readModels.read(activityLedgerProjection, activityLedgerKey(tenant, year), minPosition),
      this.readModels.read(reportsRegisterProjection, `${tenant}/${year}`, minPosition),
    ]);
    const { doc } = summary;
    if (!doc?.recorded)
      throw new HttpException(problem(404, 'not-found', 'Not found', `nothing is recorded for ${tenant} in ${year}`), 404);
    const reads = [summary, ledger, register];
    const position = reads.reduce((max, r) => (r.position > max ? r.position : max), 0n);
    const fresh = reads.every((r) => r.fresh);
    // The organization's registered name and the year's 文号 head the report (one read of its profile stream).
    const heading = reportHeading(await organizationProfileOf(this.store, tenant), tenant, year, lang);
    const rendered = renderYearlyReport(publicSummary(doc), lang, format === 'pdf' ? 'html' : format, {
      ...heading.options,
      ...reportRecordsOf(ledger.doc, register.doc),
    });
    // The rendering version and the heading are part of the tag: a new rendering or a 文号 issued later is a new representation.
    const headed = createHash('sha256').update(`${heading.headerLeft}\n${heading.headerRight}`).digest('base64url').slice(0, 10);
    const sent = sendRead(
      req,
      reply,
      { report: rendered.body },
      position,
      fresh,
      `report-${tenant}-${year}-${lang}-${format}-r${REPORT_RENDERING_VERSION}-${headed}`,
    );
    if (sent === undefined || format !== 'pdf') {
      void reply.header('content-type', rendered.contentType);
      return sent?.report;
    }
    const pdf = await this.pdf.render({ html: rendered.body, headerLeft: heading.headerLeft, headerRight: heading.headerRight, lang });
    void reply.header('content-type', 'application/pdf');
    void reply.header('content-disposition', `inline; filename="${tenant}-${year}-${lang}.pdf"`);
    return pdf;
  }

  @ReadEndpoint('', 'Yearly summaries, year over year', 'The summaries of the years from..to (inclusive) that have records')
  async range(
    @TenantParam() tenant: string,
    @Query('from') fromQ: string | undefined,
    @Query('to') toQ: string | undefined,
    @Query('minPosition') min: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const to = yearOf(toQ, 'to') ?? (await tenantCalendarOf(this.store, tenant)).year;
    const from = yearOf(fromQ, 'from') ?? to - 4;
    if (from > to || to - from > 30)
      throw new HttpException(
        problem(400, 'invalid-request', 'Invalid request', 'from must not be after to, and at most 30 years apart', {
          errors: [{ field: 'from', rule: 'range', message: 'from must not be after to, and at most 30 years apart' }],
        }),
        400,
      );
    const minPosition = minPositionOf(min);
    const years: ReturnType<typeof publicSummary>[] = [];
    let position = 0n;
    let fresh = true;
    for (let year = from; year <= to; year++) {
      const read = await this.readModels.read(yearlySummaryProjection, `${tenant}/${year}`, minPosition);
      position = read.position;
      fresh &&= read.fresh;
      if (read.doc?.recorded) years.push(publicSummary(read.doc));
    }
    return sendRead(
      req,
      reply,
      { tenant, from, to, position: position.toString(), years },
      position,
      fresh,
      `summaries-${tenant}-${from}-${to}`,
    );
  }
}

/** The ledger the figures are derived from stays inside the projection. */
function publicSummary({ ledger: _ledger, ...summary }: YearlySummaryDocument) {
  return summary;
}
