import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, Max, Min, ValidateIf, registerDecorator } from 'class-validator';
import { ranking } from '@assocflow/domain';
import { IsEntityId, IsIsoDate, IsText, Nested, SourceDto, Defined } from '../commands/dto/common.dto';

const LEVELS: readonly ranking.RankingScopeLevel[] = ['national', 'provincial', 'municipal', 'system'];

/** A provincial, municipal or system rank names where it holds (四川, 全国中医药系统); a national one may not. */
const AreaUnlessNational = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'areaUnlessNational',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: 'area names the province, city or system of a rank that is not national' },
    validator: {
      validate: (value: unknown, args) =>
        (args?.object as { level?: unknown }).level === 'national' || (typeof value === 'string' && value.trim() !== ''),
    },
  });

/** How many were ranked is at least the rank (第64位 of 533). */
const NotBelowRank = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'notBelowRank',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: 'of (how many were ranked) is at least the rank' },
    validator: {
      validate: (value: unknown, args) =>
        typeof value !== 'number' ||
        typeof (args?.object as { rank?: unknown }).rank !== 'number' ||
        value >= (args?.object as { rank: number }).rank,
    },
  });

export class RankingScopeDto {
  @ApiProperty({ enum: LEVELS, description: 'national 全国, provincial 四川, municipal 广元, system 全国中医药系统' })
  @IsIn(LEVELS)
  level!: ranking.RankingScopeLevel;
  @ApiPropertyOptional({ example: '四川', description: 'Where the rank holds; required unless national' })
  @ValidateIf((o: { level?: unknown }, value) => value !== undefined || o.level !== 'national')
  @AreaUnlessNational()
  @IsText(100)
  area?: string;
}

export class RankingResultDto {
  @ApiProperty({ type: RankingScopeDto }) @IsDefined() @Nested(RankingScopeDto) scope!: RankingScopeDto;
  @ApiProperty({ example: 39, minimum: 1, description: '第39位' }) @IsInt() @Min(1) rank!: number;
  @ApiPropertyOptional({ example: 533, minimum: 1, description: 'How many were ranked, when stated (全国533家)' })
  @Defined()
  @IsInt()
  @Min(1)
  @NotBelowRank()
  of?: number;
}

/** 排名: a rank the organization (its residents, its official account) obtained in an assessment, by scope. */
export class RecordRankingDto {
  @ApiProperty({ example: 'guangyuan-tcm-2020-residents-test' }) @IsEntityId() rankingId!: string;
  @ApiProperty({ example: 2020, description: 'The year the result belongs to (the summary that states it)' })
  @IsInt()
  @Min(1000)
  @Max(9999)
  year!: number;
  @ApiProperty({ example: '住培学员', description: "Who or what was ranked, in the document's words" }) @IsText(100) subject!: string;
  @ApiProperty({ example: '能力测试', description: 'The assessment' }) @IsText(200) assessment!: string;
  @ApiPropertyOptional({ example: '中国医师协会', description: 'The body that assessed, when stated' })
  @Defined()
  @IsText(200)
  assessedBy?: string;
  @ApiProperty({ type: [RankingResultDto], description: 'Its ranks, one per scope: 在全国排名第39位、四川排第3位' })
  @IsArray()
  @ArrayMinSize(1)
  @Nested(RankingResultDto, { each: true })
  results!: RankingResultDto[];
  @ApiPropertyOptional({
    enum: ranking.RANKING_SECTIONS,
    description: 'The report section that states it; self-building (自身建设) when left out',
  })
  @Defined()
  @IsIn(ranking.RANKING_SECTIONS)
  section?: ranking.RankingSection;
  @ApiPropertyOptional({ type: SourceDto }) @Defined() @Nested(SourceDto) source?: SourceDto;
  @ApiProperty({ example: '2020-12-31', description: 'The day it is recorded as of' }) @IsIsoDate() recordedOn!: string;
}

/** Only the fields that change; the year never (retract and record anew). */
export class RankingChangesDto {
  @ApiPropertyOptional({ example: '住培学员' }) @Defined() @IsText(100) subject?: string;
  @ApiPropertyOptional({ example: '能力测试' }) @Defined() @IsText(200) assessment?: string;
  @ApiPropertyOptional({ example: '中国医师协会' }) @Defined() @IsText(200) assessedBy?: string;
  @ApiPropertyOptional({ type: [RankingResultDto] })
  @Defined()
  @IsArray()
  @ArrayMinSize(1)
  @Nested(RankingResultDto, { each: true })
  results?: RankingResultDto[];
  @ApiPropertyOptional({ enum: ranking.RANKING_SECTIONS }) @Defined() @IsIn(ranking.RANKING_SECTIONS) section?: ranking.RankingSection;
  @ApiPropertyOptional({ type: SourceDto }) @Defined() @Nested(SourceDto) source?: SourceDto;
}

export class CorrectRankingDto {
  @ApiProperty({ example: '2021-02-01' }) @IsIsoDate() correctedOn!: string;
  @ApiProperty({ type: RankingChangesDto, description: 'Only the fields that change' })
  @IsDefined()
  @Nested(RankingChangesDto)
  changes!: RankingChangesDto;
  @ApiProperty({ example: '名次有误' }) @IsText(500) reason!: string;
}

export class RetractRankingDto {
  @ApiProperty({ example: '2021-01-05' }) @IsIsoDate() retractedOn!: string;
  @ApiProperty({ example: '重复录入' }) @IsText(500) reason!: string;
}
