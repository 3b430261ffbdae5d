import { Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  activityLedgerProjection,
  branchRegistryProjection,
  byKind,
  grantsLedgerProjection,
  listActivities,
  reportsRegisterProjection,
  listBranches,
  meetingRegisterProjection,
  remindersFeedProjection,
} from '@assocflow/projections/registers';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import {
  activitiesSheet,
  branchesSheet,
  grantsSheet,
  meetingsSheet,
  reportsSheet,
  remindersSheet,
  summarySheet,
  toCsv,
  toXlsx,
  type Sheet,
} from '@assocflow/spreadsheets';
import { TenantParam } from '../commands/tenant-param';
import { ReadEndpoint } from './read-endpoint';
import { ReadModelService } from './read-model.service';
import { minPositionOf, sendRead } from './read-response';
import { invalid, oneOf, todayOf, yearOf } from './read-query';

export const EXPORTED_REGISTERS = ['branches', 'activities', 'grants', 'reports', 'meetings', 'reminders', 'summary'] as const;
export type ExportedRegister = (typeof EXPORTED_REGISTERS)[number];
const FORMATS = ['xlsx', 'csv'] as const;
const CONTENT_TYPES: Record<(typeof FORMATS)[number], string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** ?year=, this year when not given. */
const yearAsked = (query: Record<string, string | undefined>): number =>
  yearOf(query.year, 'year') ?? Number(todayOf(undefined).slice(0, 4));

interface Read {
  sheet: Sheet;
  position: bigint;
  fresh: boolean;
  /** What, besides the register and format, makes the file what it is (year, day). */
  variant: string;
}

/** The registers and the summary as spreadsheets, for the secretariat's own files and for the supervising body. */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/exports')
export class ExportsController {
  constructor(private readonly readModels: ReadModelService) {}

  @ReadEndpoint(
    ':file',
    'A register or the summary as .xlsx or .csv',
    'branches (on ?today), activities, grants and reports (of ?year), meetings, reminders, summary (indicators year over year, ?from..?to); as <register>.xlsx or <register>.csv',
  )
  @ApiParam({
    name: 'file',
    example: 'activities.xlsx',
    description: `<register>.<xlsx|csv>, register one of ${EXPORTED_REGISTERS.join(', ')}`,
  })
  @ApiQuery({ name: 'year', required: false, example: 2023, description: 'activities, grants, reports: the year (default: this year)' })
  @ApiQuery({ name: 'from', required: false, example: 2021, description: 'summary: the first year (default: to - 4)' })
  @ApiQuery({ name: 'to', required: false, example: 2025, description: 'summary: the last year (default: this year)' })
  @ApiQuery({ name: 'today', required: false, description: 'branches: the day statuses are computed for (YYYY-MM-DD)' })
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
      [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
    },
  })
  async export(
    @TenantParam() tenant: string,
    @Param('file') file: string,
    @Query() query: Record<string, string | undefined>,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const dot = file.lastIndexOf('.');
    const register = oneOf(dot > 0 ? file.slice(0, dot) : file, EXPORTED_REGISTERS, 'register')!;
    const format = oneOf(dot > 0 ? file.slice(dot + 1) : '', FORMATS, 'format')!;
    const read = await this.read(tenant, register, query);
    const sent = sendRead(
      req,
      reply,
      { file: read.sheet },
      read.position,
      read.fresh,
      `export-${tenant}-${register}-${read.variant}-${format}`,
    );
    if (sent === undefined) return undefined;
    void reply.header('content-type', CONTENT_TYPES[format]);
    void reply.header(
      'content-disposition',
      `attachment; filename="${tenant}-${register}${read.variant ? `-${read.variant}` : ''}.${format}"`,
    );
    return format === 'csv' ? toCsv(read.sheet) : toXlsx([read.sheet]);
  }

  private async read(tenant: string, register: ExportedRegister, query: Record<string, string | undefined>): Promise<Read> {
    const min = minPositionOf(query.minPosition);
    switch (register) {
      case 'branches': {
        const today = todayOf(query.today);
        const { doc, position, fresh } = await this.readModels.read(branchRegistryProjection, tenant, min);
        return { sheet: branchesSheet(doc ? listBranches(doc, { today }) : []), position, fresh, variant: today };
      }
      case 'activities': {
        const year = yearAsked(query);
        const { doc, position, fresh } = await this.readModels.read(activityLedgerProjection, `${tenant}/${year}`, min);
        return { sheet: activitiesSheet(year, doc ? listActivities(doc) : []), position, fresh, variant: String(year) };
      }
      case 'grants': {
        const year = yearAsked(query);
        const { doc, position, fresh } = await this.readModels.read(grantsLedgerProjection, `${tenant}/${year}`, min);
        return { sheet: grantsSheet(year, doc), position, fresh, variant: String(year) };
      }
      case 'reports': {
        const year = yearAsked(query);
        const { doc, position, fresh } = await this.readModels.read(reportsRegisterProjection, `${tenant}/${year}`, min);
        return { sheet: reportsSheet(year, doc ? byKind(doc) : undefined), position, fresh, variant: String(year) };
      }
      case 'meetings': {
        const { doc, position, fresh } = await this.readModels.read(meetingRegisterProjection, tenant, min);
        return { sheet: meetingsSheet(doc), position, fresh, variant: '' };
      }
      case 'reminders': {
        const { doc, position, fresh } = await this.readModels.read(remindersFeedProjection, tenant, min);
        return { sheet: remindersSheet(doc), position, fresh, variant: '' };
      }
      case 'summary': {
        const to = yearOf(query.to, 'to') ?? Number(todayOf(undefined).slice(0, 4));
        const from = yearOf(query.from, 'from') ?? to - 4;
        if (from > to || to - from > 30) throw invalid('from', 'range', 'from must not be after to, and at most 30 years apart');
        const reads = await Promise.all(
          Array.from({ length: to - from + 1 }, (_, i) => this.readModels.read(yearlySummaryProjection, `${tenant}/${from + i}`, min)),
        );
        const years = reads.flatMap((r) => (r.doc?.recorded ? [r.doc] : []));
        const last = reads[reads.length - 1];
        return { sheet: summarySheet(years), position: last.position, fresh: reads.every((r) => r.fresh), variant: `${from}-${to}` };
      }
    }
  }
}
