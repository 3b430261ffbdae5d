import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import type { member } from '@assocflow/domain';
import { IsEntityId, IsIsoDate, IsText } from '../commands/dto/common.dto';

const KINDS = ['institution', 'individual'] as const satisfies readonly member.MemberKind[];

export class JoinMemberDto {
  @ApiProperty({ example: 'west-china-hospital' }) @IsEntityId() memberId!: string;
  @ApiProperty({ example: '四川大学华西医院' }) @IsText(100) name!: string;
  @ApiProperty({ enum: KINDS, description: '会员单位 institution, 个人会员 individual' }) @IsIn(KINDS) kind!: member.MemberKind;
  @ApiProperty({ example: '2023-04-18' }) @IsIsoDate() joinedOn!: string;
}

export class PayDuesDto {
  @ApiProperty({ example: 2024, description: 'The year the dues (会费) are for' }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiProperty({ example: 3000, minimum: 0, description: 'Whole yuan; the rules want more than 0' }) @IsInt() @Min(0) amountYuan!: number;
  @ApiProperty({ example: '2024-03-05' }) @IsIsoDate() paidOn!: string;
}

export class LeaveMemberDto {
  @ApiProperty({ example: '2025-12-31' }) @IsIsoDate() leftOn!: string;
  @ApiProperty({ example: '单位合并，申请退会' }) @IsText(500) reason!: string;
}
