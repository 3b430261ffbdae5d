import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, IsDefined } from 'class-validator';
import { workplan } from '@assocflow/domain';
import { ID_PATTERN, IsEntityId, IsIsoDate, IsText, Nested } from '../commands/dto/common.dto';

export class TargetEntityDto {
  @ApiProperty({ enum: ['branch'] }) @IsIn(['branch']) kind!: 'branch';
  @ApiProperty({ example: '医院感染管理分会' }) @IsText(100) name!: string;
  @ApiPropertyOptional({
    example: 'infection-control',
    description: "The id the branch is founded under: matches it even when its name differs from the plan's wording",
  })
  @IsOptional()
  @IsEntityId()
  branchId?: string;
}

export class WorkPlanTargetDto {
  @ApiProperty({ example: 'new-branches' }) @IsEntityId() targetId!: string;
  @ApiProperty({ enum: workplan.WORK_PLAN_SECTIONS, example: 'branches' })
  @IsIn(workplan.WORK_PLAN_SECTIONS)
  section!: workplan.WorkPlanSection;
  @ApiProperty({ example: '新成立分会3个' }) @IsText(500) description!: string;
  @ApiPropertyOptional({
    enum: workplan.SUMMARY_INDICATOR_KEYS,
    example: 'branches.founded',
    description: 'The summary figure that measures it',
  })
  @IsOptional()
  @IsIn(workplan.SUMMARY_INDICATOR_KEYS)
  indicator?: workplan.SummaryIndicatorKey;
  @ApiPropertyOptional({ example: 3, minimum: 0, description: 'Measured by the indicator, which is then required' })
  @IsOptional()
  @IsInt()
  @Min(0)
  targetValue?: number;
  @ApiPropertyOptional({ type: [TargetEntityDto], description: 'The specific things the target names, e.g. the planned branches' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Nested(TargetEntityDto, { each: true })
  entities?: TargetEntityDto[];
}

export class TargetEvidenceDto {
  @ApiProperty({ example: 'branch-sichuan.infection-control', description: 'A stream of the same organization' })
  @IsString()
  @MaxLength(300)
  @Matches(/^[a-z]+-[a-z0-9][a-z0-9_-]*\.\S+$/, { message: 'streamId must be a stream id such as branch-<tenant>.<id>' })
  streamId!: string;
  @ApiProperty({ example: 'BranchFounded' })
  @IsString()
  @MaxLength(80)
  @Matches(/^[A-Z][A-Za-z0-9]*$/, { message: 'eventType must be an event type such as BranchFounded' })
  eventType!: string;
  @ApiPropertyOptional({ example: '成立医院感染管理分会' }) @IsOptional() @IsText(500) description?: string;
}

export class AdoptWorkPlanDto {
  @ApiProperty({ example: 2024 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiPropertyOptional({ example: '川医协发〔2024〕5号' }) @IsOptional() @IsText(100) documentNumber?: string;
  @ApiProperty({ example: '2024-01-20' }) @IsIsoDate() adoptedOn!: string;
  @ApiProperty({ type: [WorkPlanTargetDto], description: '工作要点: target ids unique within the plan' })
  @IsArray()
  @ArrayMaxSize(200)
  @Nested(WorkPlanTargetDto, { each: true })
  targets!: WorkPlanTargetDto[];
}

export class AmendWorkPlanDto {
  @ApiProperty({ example: '2024-07-01' }) @IsIsoDate() amendedOn!: string;
  @ApiPropertyOptional({ type: [WorkPlanTargetDto], description: 'Added after removing: removing and adding one id revises that target' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Nested(WorkPlanTargetDto, { each: true })
  added?: WorkPlanTargetDto[];
  @ApiPropertyOptional({ type: [String], example: ['hospital-rating'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Matches(ID_PATTERN, { each: true, message: 'each of removed must be a target id' })
  removed?: string[];
  @ApiPropertyOptional({ example: '根据省卫生健康委年中工作部署调整' }) @IsOptional() @IsText(500) reason?: string;
}

export class LinkTargetDto {
  @ApiProperty({ example: 'new-branches' }) @IsEntityId() targetId!: string;
  @ApiProperty({ type: TargetEvidenceDto }) @IsDefined() @Nested(TargetEvidenceDto) evidence!: TargetEvidenceDto;
  @ApiProperty({ example: '2024-09-10' }) @IsIsoDate() linkedOn!: string;
}
