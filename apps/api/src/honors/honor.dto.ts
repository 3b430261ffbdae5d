import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  registerDecorator,
  IsDefined,
} from 'class-validator';
import type { honor } from '@assocflow/domain';
import { CountDto, IsEntityId, IsIsoDate, IsText, Nested } from '../commands/dto/common.dto';

const LEVELS = ['national', 'provincial', 'municipal', 'other'] as const satisfies readonly honor.HonorLevel[];
const RECIPIENT_KINDS = [
  'organization',
  'branch',
  'person',
  'staff',
  'member-projects',
] as const satisfies readonly honor.HonorRecipient['kind'][];
type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The field belongs to some kinds of recipient: required (unless optional) for them, refused for the others. */
const OnlyFor =
  (kinds: readonly RecipientKind[], optional = false): PropertyDecorator =>
  (target, propertyName) => {
    ValidateIf((o: { kind?: RecipientKind }, value) => (!optional && kinds.includes(o.kind!)) || value !== undefined)(target, propertyName);
    registerDecorator({
      name: 'onlyForKind',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} is sent only when kind is ${kinds.join(' or ')}` },
      validator: { validate: (_value: unknown, args) => kinds.includes((args?.object as { kind?: RecipientKind }).kind!) },
    });
  };

export class HonorRecipientDto {
  @ApiProperty({ enum: RECIPIENT_KINDS, description: 'The organization itself, one of its branches, or a person' })
  @IsIn(RECIPIENT_KINDS)
  kind!: RecipientKind;
  @ApiPropertyOptional({ example: 'rehab-mgmt', description: 'Only and always when kind is branch' })
  @OnlyFor(['branch'])
  @IsEntityId()
  branchId?: string;
  @ApiPropertyOptional({ example: '张三', description: 'Only and always when kind is person' })
  @OnlyFor(['person'])
  @IsText(50)
  name?: string;
  @ApiPropertyOptional({
    type: CountDto,
    description: 'Only and always when kind is staff (人次 honored: 54人次) or member-projects (projects: 5个项目)',
  })
  @OnlyFor(['staff', 'member-projects'])
  @IsDefined()
  @Nested(CountDto)
  count?: CountDto;
  @ApiPropertyOptional({
    type: [String],
    example: ['杨志林', '李彬', '王秀蓉'],
    description: 'Only when kind is staff: the staff the source names (…等54人次), at most 20',
  })
  @OnlyFor(['staff'], true)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  named?: string[];
}

export class ReceiveHonorDto {
  @ApiProperty({ example: 'rating-5a-2023' }) @IsEntityId() honorId!: string;
  @ApiProperty({ example: '5A级社会组织' }) @IsText(200) title!: string;
  @ApiProperty({ example: '四川省民政厅', description: 'The body that granted it' }) @IsText(100) grantedBy!: string;
  @ApiPropertyOptional({ enum: LEVELS, description: '国家级 national, 省级 provincial, 市级 municipal' })
  @IsOptional()
  @IsIn(LEVELS)
  level?: honor.HonorLevel;
  @ApiProperty({ type: HonorRecipientDto }) @IsDefined() @Nested(HonorRecipientDto) recipient!: HonorRecipientDto;
  @ApiProperty({ example: '2023-12-20' }) @IsIsoDate() receivedOn!: string;
}

const AWARDER_KINDS = ['organization', 'branch'] as const satisfies readonly honor.HonorAwarder['kind'][];
const AWARDEE_KINDS = ['person', 'institution'] as const satisfies readonly honor.AwardeeKind[];

export class HonorAwarderDto {
  @ApiProperty({ enum: AWARDER_KINDS, description: 'The association itself (本会) or one of its branches' })
  @IsIn(AWARDER_KINDS)
  kind!: (typeof AWARDER_KINDS)[number];
  @ApiPropertyOptional({ example: 'nursing-mgmt', description: 'Only and always when kind is branch' })
  @OnlyFor(['branch'])
  @IsEntityId()
  branchId?: string;
}

/** An honor the organization (or a branch) awards: 评选表彰 优秀会员单位, 优秀个人. */
export class AwardHonorDto {
  @ApiProperty({ example: 'excellent-members-2023' }) @IsEntityId() honorId!: string;
  @ApiProperty({ example: '优秀会员单位' }) @IsText(200) title!: string;
  @ApiProperty({ type: HonorAwarderDto }) @IsDefined() @Nested(HonorAwarderDto) awardedBy!: HonorAwarderDto;
  @ApiProperty({ type: CountDto, description: 'How many received it, as stated (表彰54人次)' })
  @IsDefined()
  @Nested(CountDto)
  awardees!: CountDto;
  @ApiProperty({ enum: AWARDEE_KINDS, description: 'Persons (优秀个人) or institutions (优秀会员单位)' })
  @IsIn(AWARDEE_KINDS)
  awardeeKind!: honor.AwardeeKind;
  @ApiProperty({ example: '2023-12-20' }) @IsIsoDate() awardedOn!: string;
}

export class RetractHonorRecordDto {
  @ApiProperty({ example: '2024-02-01' }) @IsIsoDate() retractedOn!: string;
  @ApiProperty({ example: '重复录入' }) @IsText(500) reason!: string;
}
