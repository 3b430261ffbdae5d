import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsDefined, IsIn, IsInt, Max, Min, registerDecorator } from 'class-validator';
import type { report } from '@assocflow/domain';
import { CountDto, IsEntityId, IsIsoDate, IsText, Nested, OnlyForBranch, Defined } from '../commands/dto/common.dto';

const KINDS = [
  'survey',
  'standard',
  'consensus',
  'book',
  'journal-issue',
  'newsletter',
  'official-document',
  'guideline',
  'other',
] as const satisfies readonly report.ReportKind[];
const PUBLICATION_KINDS = [...KINDS, 'post'] as const satisfies readonly report.PublicationKind[];
const LEVELS = ['group', 'industry', 'local', 'national'] as const satisfies readonly report.StandardLevel[];
const STATUSES = ['published', 'draft'] as const satisfies readonly report.ReportStatus[];
const ISSUER_KINDS = ['organization', 'branch'] as const satisfies readonly report.Issuer['kind'][];
const MAX_COUNT = 100_000_000;

/** Optional, but not null: a field sent is a field validated. */

const isWhole = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;

/**
 * A correction's copies or issues: a whole number on an issued report, a count
 * { value, approximate } on a backfilled total (the domain refuses the other shape with 422).
 */
const IsWholeOrCount = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isWholeOrCount',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: `${String(propertyName)} must be a whole number, or a count { value: whole number, approximate: boolean }` },
    validator: {
      validate: (value: unknown) => {
        if (isWhole(value)) return true;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const keys = Object.keys(value).sort();
        const c = value as { value?: unknown; approximate?: unknown };
        return (
          keys.length === 2 && keys[0] === 'approximate' && keys[1] === 'value' && isWhole(c.value) && typeof c.approximate === 'boolean'
        );
      },
    },
  });

export class ReportIssuerDto {
  @ApiProperty({ enum: ISSUER_KINDS, description: 'The association itself (本会) or one of its branches' })
  @IsIn(ISSUER_KINDS)
  kind!: report.Issuer['kind'];
  @ApiPropertyOptional({ example: 'quality-mgmt', description: 'Only and always when kind is branch' })
  @OnlyForBranch()
  @IsEntityId()
  branchId?: string;
}

const REGION_LEVELS = ['province', 'city', 'county'] as const;

export class ReportRegionsDto {
  @ApiProperty({ type: CountDto, description: 'How many places: 16市 is { value: 16, approximate: false }' })
  @IsDefined()
  @Nested(CountDto)
  count!: CountDto;
  @ApiProperty({ enum: REGION_LEVELS, description: '省 province, 市 city, 县/区 county' })
  @IsIn(REGION_LEVELS)
  level!: (typeof REGION_LEVELS)[number];
}

/** What a survey (or any report) covered, as its source states it. */
export class ReportCoverageDto {
  @ApiPropertyOptional({ type: ReportRegionsDto, description: 'Places covered (16市)' })
  @Defined()
  @Nested(ReportRegionsDto)
  regions?: ReportRegionsDto;
  @ApiPropertyOptional({ type: CountDto, description: 'Institutions covered (175家医院)' })
  @Defined()
  @Nested(CountDto)
  institutions?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: 'Respondents or questionnaires (547份)' })
  @Defined()
  @Nested(CountDto)
  respondents?: CountDto;
}

export class IssueReportDto {
  @ApiProperty({ example: 'dip-survey-2023', description: 'Chosen by the client; one stream per report' }) @IsEntityId() reportId!: string;
  @ApiProperty({
    enum: KINDS,
    description:
      '调研报告 survey, 团体标准 standard, 专家共识 consensus, 专著 book, 期刊 journal-issue, 会讯/简报 newsletter, 公文 official-document, 指南 guideline',
  })
  @IsIn(KINDS)
  kind!: report.ReportKind;
  @ApiProperty({ example: '四川省医院DIP支付方式改革实施情况调研报告' }) @IsText(200) title!: string;
  @ApiProperty({ example: '2023-12-08' }) @IsIsoDate() issuedOn!: string;
  @ApiPropertyOptional({ example: '川医协发〔2023〕267号', description: '文号, verbatim' }) @Defined() @IsText(100) documentNumber?: string;
  @ApiPropertyOptional({ enum: LEVELS, description: 'Required for a standard (团体/行业/地方/国家), refused for any other kind' })
  @Defined()
  @IsIn(LEVELS)
  standardLevel?: report.StandardLevel;
  @ApiProperty({ type: ReportIssuerDto }) @IsDefined() @Nested(ReportIssuerDto) issuer!: ReportIssuerDto;
  @ApiPropertyOptional({ example: 500, minimum: 0, description: 'Printed copies' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  copies?: number;
  @ApiPropertyOptional({ example: 1, minimum: 1, description: 'Journals and newsletters only: issues this record covers (default 1)' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(MAX_COUNT)
  issues?: number;
  @ApiPropertyOptional({ enum: STATUSES, description: 'Defaults to published' }) @Defined() @IsIn(STATUSES) status?: report.ReportStatus;
  @ApiPropertyOptional({ type: ReportCoverageDto, description: 'What it covered, each only when stated' })
  @Defined()
  @Nested(ReportCoverageDto)
  coverage?: ReportCoverageDto;
  @ApiPropertyOptional({
    example: '专题研究成果',
    description: 'The named group the report belongs to; a report states each series with its reports and how many (三份专题研究成果)',
  })
  @Defined()
  @IsText(50)
  series?: string;
}

export class SubmitReportDto {
  @ApiProperty({ example: '四川省卫生健康委员会', description: 'The government body it was submitted (报送) to' })
  @IsText(100)
  submittedTo!: string;
  @ApiProperty({ example: '2023-12-15', description: 'No earlier than the issue' }) @IsIsoDate() submittedOn!: string;
}

/** Where a backfilled total was read: both the document and the section are stated. */
export class PublicationSourceDto {
  @ApiProperty({ example: '四川省医院协会2023年工作总结' }) @IsText(200) document!: string;
  @ApiProperty({ example: '四、（二）宣传工作' }) @IsText(200) section!: string;
}

/** "推文 245 篇", "简报 100 多期" given only as totals; at least one of issues, copies, posts. */
export class RecordPublicationsBackfillDto {
  @ApiProperty({ enum: PUBLICATION_KINDS, description: 'Any report kind, or post (公众号推文)' })
  @IsIn(PUBLICATION_KINDS)
  kind!: report.PublicationKind;
  @ApiProperty({ example: 2023 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiPropertyOptional({
    example: 1,
    minimum: 1,
    description: 'The n-th total of this kind and year (default 1): the record is backfill-<kind>-<year>-<n>',
  })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(99)
  sequence?: number;
  @ApiPropertyOptional({ type: CountDto, description: '期: 简报100多期 is { value: 100, approximate: true }' })
  @Defined()
  @Nested(CountDto)
  issues?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: 'Printed copies (份)' }) @Defined() @Nested(CountDto) copies?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: '推文 (篇)' }) @Defined() @Nested(CountDto) posts?: CountDto;
  @ApiPropertyOptional({
    example: '工作简报',
    description: 'What the total is of, to name it in the report (其中); the figures stay in their fields',
  })
  @Defined()
  @IsText(200)
  title?: string;
  @ApiProperty({ example: '全年编发工作简报100多期' }) @IsText(500) note!: string;
  @ApiProperty({ type: PublicationSourceDto }) @IsDefined() @Nested(PublicationSourceDto) source!: PublicationSourceDto;
}

const wholeOrCount = { oneOf: [{ type: 'integer', minimum: 0 }, { $ref: getSchemaPath(CountDto) }] };

/** The fields a correction may change: issued reports and backfilled totals differ (else 422). */
@ApiExtraModels(CountDto)
export class ReportChangesDto {
  @ApiPropertyOptional({ example: '四川省医院DIP支付方式改革实施情况调研报告（修订版）', description: 'Issued reports only' })
  @Defined()
  @IsText(200)
  title?: string;
  @ApiPropertyOptional({ example: '2023-12-09', description: 'Issued reports only' }) @Defined() @IsIsoDate() issuedOn?: string;
  @ApiPropertyOptional({ example: '川医协发〔2023〕268号', description: 'Issued reports only' })
  @Defined()
  @IsText(100)
  documentNumber?: string;
  @ApiPropertyOptional({ enum: LEVELS, description: 'Issued standards only' })
  @Defined()
  @IsIn(LEVELS)
  standardLevel?: report.StandardLevel;
  @ApiPropertyOptional({ type: ReportIssuerDto, description: 'Issued reports only' })
  @Defined()
  @Nested(ReportIssuerDto)
  issuer?: ReportIssuerDto;
  @ApiPropertyOptional({ ...wholeOrCount, example: 600, description: 'A whole number on an issued report, a count on a backfilled total' })
  @Defined()
  @IsWholeOrCount()
  copies?: number | CountDto;
  @ApiPropertyOptional({
    ...wholeOrCount,
    example: 2,
    description: 'A whole number on an issued periodical, a count on a backfilled total',
  })
  @Defined()
  @IsWholeOrCount()
  issues?: number | CountDto;
  @ApiPropertyOptional({ enum: STATUSES, description: 'Issued reports only' }) @Defined() @IsIn(STATUSES) status?: report.ReportStatus;
  @ApiPropertyOptional({ type: CountDto, description: 'Backfilled totals only' }) @Defined() @Nested(CountDto) posts?: CountDto;
  @ApiPropertyOptional({ example: '按年报口径更正', description: 'Backfilled totals only' }) @Defined() @IsText(500) note?: string;
  @ApiPropertyOptional({ type: PublicationSourceDto, description: 'Backfilled totals only' })
  @Defined()
  @Nested(PublicationSourceDto)
  source?: PublicationSourceDto;
}

export class CorrectReportRecordDto {
  @ApiProperty({ example: '2024-01-10' }) @IsIsoDate() correctedOn!: string;
  @ApiProperty({ type: ReportChangesDto, description: 'Only the fields that change' })
  @IsDefined()
  @Nested(ReportChangesDto)
  changes!: ReportChangesDto;
  @ApiProperty({ example: '文号录入有误' }) @IsText(500) reason!: string;
}

export class RetractReportRecordDto {
  @ApiProperty({ example: '2024-01-10' }) @IsIsoDate() retractedOn!: string;
  @ApiProperty({ example: '重复录入' }) @IsText(500) reason!: string;
}
