import { Body, Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { commandContextOf } from '../commands/request-context';
import { TenantParam } from '../commands/tenant-param';
import { ProblemDto } from '../problem/problem.dto';
import { invalid, oneOf } from '../read-models/read-query';
import { activitySheetImporter } from './activity-sheet.importer';
import { branchSheetImporter } from './branch-sheet.importer';
import { SheetImportService, type ImportReport } from './sheet-import.service';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An upload is a spreadsheet, larger than any command: its own limit, 413 above it. */
export const IMPORT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

const IMPORTERS = { activities: activitySheetImporter, branches: branchSheetImporter } as const;
const REGISTERS = Object.keys(IMPORTERS) as (keyof typeof IMPORTERS)[];

/** ?dryRun=true|false (default false). */
function dryRunOf(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalid('dryRun', 'isBoolean', 'dryRun must be true or false');
}

/**
 * 导入: an activity ledger or a branch roster filled in Excel, from the template its export is.
 * The secretariat's (a branch officer records through the endpoints, for its own branch).
 */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/imports')
export class ImportsController {
  constructor(private readonly imports: SheetImportService) {}

  @Post(':register')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import a register from an .xlsx sheet (活动台账, 分支机构名册)',
    description:
      "The template is the register's export (GET /exports/activities.xlsx, /exports/branches.xlsx), column for column. Each row goes through the " +
      'same validation and rules as its endpoint. All or nothing: a 422 lists every broken row (row, column, rule) and nothing is recorded. ' +
      'A row equal to its record is unchanged, so the same file again records nothing; a row that differs from its record is refused (use the corrections endpoint).',
  })
  @ApiParam({ name: 'register', enum: REGISTERS })
  @ApiQuery({
    name: 'dryRun',
    required: false,
    example: true,
    description: 'Check every row and report what would be recorded, recording nothing',
  })
  @ApiConsumes(XLSX_CONTENT_TYPE)
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    description: `The .xlsx workbook (first worksheet), at most ${IMPORT_BODY_LIMIT_BYTES / 1024 / 1024} MiB`,
  })
  @ApiOkResponse({ description: 'Every row with its outcome: new (dry run), recorded, or unchanged' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'Rows refused: problems[] gives each row, column and rule; nothing was recorded',
  })
  async import(
    @TenantParam() tenant: string,
    @Param('register') register: string,
    @Query('dryRun') dryRun: string | undefined,
    @Body() file: unknown,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportReport> {
    const importer = IMPORTERS[oneOf(register, REGISTERS, 'register')!];
    if (!Buffer.isBuffer(file)) throw invalid('file', 'xlsx', `send the workbook as the body, with Content-Type ${XLSX_CONTENT_TYPE}`);
    const { idempotencyKey: _perRequestOnly, ...context } = commandContextOf(req, tenant);
    const report = await this.imports.run(importer, file, { tenant, dryRun: dryRunOf(dryRun), context });
    if (report.recorded > 0) void reply.status(201);
    return report;
  }
}
