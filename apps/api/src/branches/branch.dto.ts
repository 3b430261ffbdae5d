import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsEntityId, IsIsoDate, IsText, LeaderDto, Nested } from '../commands/dto/common.dto';

const KINDS = ['society', 'committee', 'other'] as const;

export class FoundBranchDto {
  @ApiProperty({ example: 'rehab-mgmt' }) @IsEntityId() branchId!: string;
  @ApiProperty({ example: '医疗康复管理分会' }) @IsText(100) name!: string;
  @ApiProperty({ enum: KINDS, description: '分会 society, 专委会 committee' }) @IsIn(KINDS) kind!: (typeof KINDS)[number];
  @ApiProperty({ example: '2023-06-01' }) @IsIsoDate() foundedOn!: string;
  @ApiPropertyOptional({ example: 5, description: 'First term length in years; the bylaws allow at most 5' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  termYears?: number;
  @ApiPropertyOptional({ type: [LeaderDto] }) @IsOptional() @Nested(LeaderDto, { each: true }) leadership?: LeaderDto[];
  @ApiPropertyOptional({ description: 'A branch cannot set up a branch of its own: sending this is refused with 422' })
  @IsOptional()
  @IsEntityId()
  parentBranchId?: string;
}

export class RegisterBranchDto {
  @ApiProperty({ example: 'emergency-mgmt' }) @IsEntityId() branchId!: string;
  @ApiProperty({ example: '急救管理分会' }) @IsText(100) name!: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind!: (typeof KINDS)[number];
  @ApiProperty({ example: '2023-01-01', description: 'When the organization started recording it' }) @IsIsoDate() registeredOn!: string;
  @ApiProperty({ example: 3, description: 'Current term (届)' }) @IsInt() @Min(1) @Max(99) termNumber!: number;
  @ApiProperty({ example: '2021-05-10' }) @IsIsoDate() termStartedOn!: string;
  @ApiPropertyOptional({ example: '2026-05-10' }) @IsOptional() @IsIsoDate() termEndsOn?: string;
  @ApiPropertyOptional({ example: true }) @IsOptional() @IsBoolean() hasPartyGroup?: boolean;
  @ApiPropertyOptional({ type: [LeaderDto] }) @IsOptional() @Nested(LeaderDto, { each: true }) leadership?: LeaderDto[];
}

export class RenewBranchTermDto {
  @ApiProperty({ example: '2028-05-20', description: 'Date of the renewal congress: the next term starts then' })
  @IsIsoDate()
  renewedOn!: string;
  @ApiPropertyOptional({ example: 5 }) @IsOptional() @IsInt() @Min(1) @Max(10) termYears?: number;
  @ApiPropertyOptional({ type: [LeaderDto] }) @IsOptional() @Nested(LeaderDto, { each: true }) leadership?: LeaderDto[];
}

export class PostponeBranchRenewalDto {
  @ApiProperty({ example: '2028-03-01' }) @IsIsoDate() decidedOn!: string;
  @ApiProperty({ example: '川医协〔2028〕12号', description: 'Reference of the approval' }) @IsText(200) approvalRef!: string;
  @ApiProperty({ example: '2029-01-31', description: 'At most one year after the term end' }) @IsIsoDate() newDueOn!: string;
}

export class ChangeBranchLeadershipDto {
  @ApiProperty({ example: '2024-01-10' }) @IsIsoDate() changedOn!: string;
  @ApiProperty({ type: [LeaderDto] }) @IsDefined() @Nested(LeaderDto, { each: true }) leadership!: LeaderDto[];
}

export class FormPartyGroupDto {
  @ApiProperty({ example: '2023-08-01' }) @IsIsoDate() formedOn!: string;
  @ApiPropertyOptional({ example: '李四' }) @IsOptional() @IsText(50) leader?: string;
}

export class DissolveBranchDto {
  @ApiProperty({ example: '2024-12-31' }) @IsIsoDate() dissolvedOn!: string;
  @ApiProperty({ example: 'merged into the emergency branch' }) @IsText(500) reason!: string;
}

/** 筹备: the council approved preparing a branch; it is founded later (POST /branches with the same branchId). */
export class ApproveBranchPreparationDto {
  @ApiProperty({ example: 'procurement-mgmt' }) @IsEntityId() branchId!: string;
  @ApiProperty({ example: '医院采购管理分会' }) @IsText(100) name!: string;
  @ApiProperty({ enum: KINDS, description: '分会 society, 专委会 committee' }) @IsIn(KINDS) kind!: (typeof KINDS)[number];
  @ApiProperty({ example: '2023-04-20' }) @IsIsoDate() approvedOn!: string;
  @ApiPropertyOptional({ example: '四届五次理事会决议', description: 'Where the approval was given' })
  @IsOptional()
  @IsText(200)
  approvalRef?: string;
}

/** 学组: a working sub-group under a branch. */
export class SetUpBranchSubgroupDto {
  @ApiProperty({ example: 'pediatric-rehab' }) @IsEntityId() subgroupId!: string;
  @ApiProperty({ example: '儿童康复学组' }) @IsText(100) name!: string;
  @ApiProperty({ example: '2023-09-01' }) @IsIsoDate() setUpOn!: string;
}
