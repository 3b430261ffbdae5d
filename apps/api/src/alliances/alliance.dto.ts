import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import type { alliance } from '@assocflow/domain';
import { CountDto, IsEntityId, IsIsoDate, IsText, Nested, OnlyForBranch } from '../commands/dto/common.dto';

const LEAD_KINDS = ['organization', 'branch'] as const satisfies readonly alliance.AllianceLead['kind'][];

export class AllianceLeadDto {
  @ApiProperty({ enum: LEAD_KINDS, description: 'The association itself (本会) or one of its branches' })
  @IsIn(LEAD_KINDS)
  kind!: alliance.AllianceLead['kind'];
  @ApiPropertyOptional({ example: 'rehab-mgmt', description: 'Only and always when kind is branch' })
  @OnlyForBranch()
  @IsEntityId()
  branchId?: string;
}

/** 联盟: an alliance set up with member institutions (专科联盟), with its members as the source states them. */
export class FoundAllianceDto {
  @ApiProperty({ example: 'rehab-alliance' }) @IsEntityId() allianceId!: string;
  @ApiProperty({ example: '全市康复医学专科联盟' }) @IsText(200) name!: string;
  @ApiProperty({ type: AllianceLeadDto }) @IsDefined() @Nested(AllianceLeadDto) lead!: AllianceLeadDto;
  @ApiProperty({ type: CountDto, description: '成员单位 (家): 56家 is { value: 56, approximate: false }' })
  @IsDefined()
  @Nested(CountDto)
  members!: CountDto;
  @ApiProperty({ example: '2020-09-01' }) @IsIsoDate() foundedOn!: string;
}
