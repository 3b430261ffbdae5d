import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsInt, Max, Min } from 'class-validator';
import type { grant } from '@assocflow/domain';
import { IsEntityId, IsIsoDate, IsText, Nested, Defined } from '../commands/dto/common.dto';

const CATEGORIES = ['general', 'youth', 'key'] as const satisfies readonly grant.GrantCategory[];
const OUTCOMES = ['completed', 'terminated'] as const satisfies readonly grant.GrantOutcome[];
/** Amounts in whole yuan (元), bounded so they stay exact. */
const MAX_YUAN = 100_000_000_000;
const MAX_COUNT = 1_000_000;

/** Optional, but not null: a field sent is a field validated. */

export class OpenGrantCallDto {
  @ApiProperty({ example: 'research-2024', description: 'Chosen by the client; one stream per call' }) @IsEntityId() callId!: string;
  @ApiProperty({ example: '关于开展2024年度医院管理科研课题申报工作的通知' }) @IsText(200) title!: string;
  @ApiProperty({ example: 2024, description: 'The year the call funds' }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiProperty({ example: '2024-03-01' }) @IsIsoDate() openedOn!: string;
  @ApiPropertyOptional({ example: '2024-04-30', description: 'Application deadline, after openedOn' })
  @Defined()
  @IsIsoDate()
  closesOn?: string;
  @ApiPropertyOptional({ example: 568000, minimum: 0, description: 'Budget in whole yuan (56.8万元)' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_YUAN)
  budgetYuan?: number;
}

export class GrantApplicantDto {
  @ApiProperty({ example: '四川省人民医院' }) @IsText(100) institution!: string;
  @ApiPropertyOptional({ example: 'quality-mgmt', description: 'The branch the application came through, if any' })
  @Defined()
  @IsEntityId()
  branchId?: string;
}

export class ApplyForGrantDto {
  @ApiProperty({ example: 'sc2024-017', description: 'Chosen by the client; one stream per grant' }) @IsEntityId() grantId!: string;
  @ApiPropertyOptional({ example: 'research-2024', description: 'The call applied to' }) @Defined() @IsEntityId() callId?: string;
  @ApiProperty({ example: '基于品管圈的住院患者跌倒预防研究' }) @IsText(200) title!: string;
  @ApiProperty({ type: GrantApplicantDto }) @IsDefined() @Nested(GrantApplicantDto) applicant!: GrantApplicantDto;
  @ApiProperty({ example: '2024-04-15' }) @IsIsoDate() appliedOn!: string;
}

/** Awards an application, or records an award whose application was never recorded. */
export class AwardGrantDto {
  @ApiProperty({ example: 'sc2024-017' }) @IsEntityId() grantId!: string;
  @ApiProperty({ example: '基于品管圈的住院患者跌倒预防研究' }) @IsText(200) title!: string;
  @ApiProperty({ example: 20000, minimum: 0, description: 'Whole yuan (2万元)' }) @IsInt() @Min(0) @Max(MAX_YUAN) amountYuan!: number;
  @ApiPropertyOptional({ enum: CATEGORIES, description: '一般 general, 青年 youth, 重点 key' })
  @Defined()
  @IsIn(CATEGORIES)
  category?: grant.GrantCategory;
  @ApiProperty({ example: '2024-06-20', description: 'No earlier than the application' }) @IsIsoDate() awardedOn!: string;
  @ApiPropertyOptional({ example: 'research-2024', description: 'Must be the call the application was made to' })
  @Defined()
  @IsEntityId()
  callId?: string;
}

export class ConcludeGrantDto {
  @ApiProperty({ example: '2025-12-20', description: '结题 date, no earlier than the award' }) @IsIsoDate() concludedOn!: string;
  @ApiProperty({ enum: OUTCOMES, description: '结题 completed, 终止 terminated' }) @IsIn(OUTCOMES) outcome!: grant.GrantOutcome;
}

/** A project the organization or one of its branches won from an outside funder. */
export class RecordExternalGrantDto {
  @ApiProperty({ example: 'nhc-2023-dip' }) @IsEntityId() grantId!: string;
  @ApiProperty({ example: 'DIP支付方式改革下医院运营管理研究' }) @IsText(200) title!: string;
  @ApiProperty({ example: '国家卫生健康委医院管理研究所' }) @IsText(100) funder!: string;
  @ApiPropertyOptional({ example: 300000, minimum: 0, description: 'Whole yuan' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_YUAN)
  amountYuan?: number;
  @ApiProperty({ example: '2023-09-01' }) @IsIsoDate() wonOn!: string;
  @ApiPropertyOptional({ example: 'quality-mgmt', description: 'The branch that won it, if not the association itself' })
  @Defined()
  @IsEntityId()
  branchId?: string;
}

/** Where a backfilled total was read: both the document and the section are stated. */
export class GrantSourceDto {
  @ApiProperty({ example: '四川省医院协会2023年工作总结' }) @IsText(200) document!: string;
  @ApiProperty({ example: '三、（一）课题研究' }) @IsText(200) section!: string;
}

/** "资助课题 51 项, 56.8万元" given only as a total. */
export class RecordGrantsBackfillDto {
  @ApiProperty({ example: 2023 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiPropertyOptional({ example: 1, minimum: 1, description: 'The n-th total of the year (default 1): the record is backfill-<year>-<n>' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(99)
  sequence?: number;
  @ApiProperty({ example: 51, minimum: 0, description: 'Grants awarded (项)' }) @IsInt() @Min(0) @Max(MAX_COUNT) count!: number;
  @ApiPropertyOptional({ example: 568000, minimum: 0, description: 'Whole yuan (56.8万元)' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_YUAN)
  amountYuan?: number;
  @ApiPropertyOptional({ example: 12, minimum: 0, description: '青年课题 among them, at most the count' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  youthCount?: number;
  @ApiProperty({ example: '全年资助课题51项，资助金额56.8万元' }) @IsText(500) note!: string;
  @ApiProperty({ type: GrantSourceDto }) @IsDefined() @Nested(GrantSourceDto) source!: GrantSourceDto;
}

/** The fields a correction may change; which apply depends on the record (else 422). */
export class GrantChangesDto {
  @ApiPropertyOptional({ example: '基于品管圈的住院患者跌倒预防干预研究' }) @Defined() @IsText(200) title?: string;
  @ApiPropertyOptional({ example: 30000, minimum: 0 }) @Defined() @IsInt() @Min(0) @Max(MAX_YUAN) amountYuan?: number;
  @ApiPropertyOptional({ enum: CATEGORIES, description: "The organization's own grants only" })
  @Defined()
  @IsIn(CATEGORIES)
  category?: grant.GrantCategory;
  @ApiPropertyOptional({ example: '国家卫生健康委医院管理研究所', description: 'External grants only' })
  @Defined()
  @IsText(100)
  funder?: string;
  @ApiPropertyOptional({ example: 52, minimum: 0, description: 'Backfilled totals only' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  count?: number;
  @ApiPropertyOptional({ example: 13, minimum: 0, description: 'Backfilled totals only' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  youthCount?: number;
  @ApiPropertyOptional({ example: '按年报口径更正', description: 'Backfilled totals only' }) @Defined() @IsText(500) note?: string;
}

export class CorrectGrantRecordDto {
  @ApiProperty({ example: '2024-07-01' }) @IsIsoDate() correctedOn!: string;
  @ApiProperty({ type: GrantChangesDto, description: 'Only the fields that change' })
  @IsDefined()
  @Nested(GrantChangesDto)
  changes!: GrantChangesDto;
  @ApiProperty({ example: '资助金额按立项文件更正' }) @IsText(500) reason!: string;
}

export class RetractGrantRecordDto {
  @ApiProperty({ example: '2024-07-01' }) @IsIsoDate() retractedOn!: string;
  @ApiProperty({ example: '重复录入' }) @IsText(500) reason!: string;
}
