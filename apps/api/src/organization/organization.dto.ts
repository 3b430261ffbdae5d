import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  Matches,
  IsNumber,
  IsOptional,
  IsTimeZone,
  Max,
  Min,
  registerDecorator,
  IsDefined,
} from 'class-validator';
import { isIsoDate, organization } from '@assocflow/domain';
import { IsEntityId, IsIsoDate, IsText, Nested, Defined } from '../commands/dto/common.dto';

const KINDS = ['association', 'hospital', 'other'] as const satisfies readonly organization.OrganizationKind[];
const REGULATION_MODES = ['adopted', 'revised'] as const satisfies readonly organization.RegulationMode[];
const PARTY_UNIT_KINDS = ['general-branch', 'branch', 'group'] as const satisfies readonly organization.PartyUnitKind[];

/** Optional, but not null: a setting sent is a setting validated. */

/** A due date every year has, MM-DD: 02-29 is refused. */
const IsMonthDay = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isMonthDay',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: `${String(propertyName)} must be a month and day MM-DD that every year has` },
    validator: { validate: (value: unknown) => typeof value === 'string' && /^\d{2}-\d{2}$/.test(value) && isIsoDate(`2001-${value}`) },
  });

export class RegisterOrganizationDto {
  @ApiProperty({ example: '四川省医院协会' }) @IsText(100) name!: string;
  @ApiProperty({ enum: KINDS, description: '协会 association, or a hospital using the same engine' })
  @IsIn(KINDS)
  kind!: organization.OrganizationKind;
  @ApiProperty({ example: '1986-05-20', description: 'Date of registration with the civil affairs authority' })
  @IsIsoDate()
  registeredOn!: string;
  @ApiPropertyOptional({ example: '四川省卫生健康委员会', description: '业务主管单位' })
  @IsOptional()
  @IsText(100)
  supervisingBody?: string;
  @ApiPropertyOptional({ example: '四川省民政厅', description: '登记管理机关' }) @IsOptional() @IsText(100) registrationAuthority?: string;
  @ApiPropertyOptional({ example: 'Asia/Shanghai', description: 'IANA time zone; Asia/Shanghai when not given' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

/** What the charter (章程) overrides of the model charter's defaults; unset keys keep theirs. */
export class BylawsSettingsDto {
  @ApiPropertyOptional({ example: 5, minimum: 1, maximum: 5, description: 'A term (届) lasts at most this many years' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(5)
  maxTermYears?: number;
  @ApiPropertyOptional({ example: 1, enum: [0, 1], description: 'A renewal may be postponed by at most this many years' })
  @Defined()
  @IsIn([0, 1])
  maxRenewalPostponementYears?: number;
  @ApiPropertyOptional({ example: 0.6667, description: 'Share of council members present for a decision (0-1]' })
  @Defined()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1)
  councilQuorum?: number;
  @ApiPropertyOptional({ example: 0.6667, description: 'Share of members present at the general assembly (会员代表大会) (0-1]' })
  @Defined()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1)
  generalAssemblyQuorum?: number;
  @ApiPropertyOptional({ example: 10, description: 'Days of notice before a general assembly' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(365)
  generalAssemblyNoticeDays?: number;
  @ApiPropertyOptional({ example: 12, description: '理事会 meets at least this often, in months' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(120)
  councilMaxIntervalMonths?: number;
  @ApiPropertyOptional({ example: 6, description: '常务理事会 meets at least this often, in months' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(120)
  standingCouncilMaxIntervalMonths?: number;
  @ApiPropertyOptional({
    example: 3,
    nullable: true,
    type: Number,
    description: '会长办公会 interval in months; null when the charter sets none',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  presidentOfficeIntervalMonths?: number | null;
  @ApiPropertyOptional({ example: 6, description: 'Months of preparation before a renewal (换届筹备)' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(120)
  renewalPreparationMonths?: number;
  @ApiPropertyOptional({ example: '03-31', description: 'Yearly work report due to the supervising body, MM-DD' })
  @Defined()
  @IsMonthDay()
  yearlyReportDueToSupervisor?: string;
  @ApiPropertyOptional({ example: '05-31', description: 'Yearly inspection report due to the registrar, MM-DD' })
  @Defined()
  @IsMonthDay()
  yearlyReportDueToRegistrar?: string;
  @ApiPropertyOptional({ example: [30, 7], type: [Number], description: 'Days before a meeting is due that a reminder goes out' })
  @Defined()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(730, { each: true })
  meetingReminderDays?: number[];
  @ApiPropertyOptional({ example: 7, description: 'Days of notice before a meeting of a body other than the general assembly' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(365)
  meetingNoticeDays?: number;
  @ApiPropertyOptional({ example: 1, description: '会员代表大会 meetings due in each term' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(5)
  generalAssembliesPerTerm?: number;
  @ApiPropertyOptional({
    example: [180, 90, 30, 0],
    type: [Number],
    description: 'Days before a branch renewal is due that a reminder goes out (0: on the day)',
  })
  @Defined()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(730, { each: true })
  branchRenewalReminderDays?: number[];
  @ApiPropertyOptional({ example: 7, description: 'While a renewal is overdue, the secretariat is reminded every this many days' })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(365)
  renewalEscalationIntervalDays?: number;
  @ApiPropertyOptional({
    example: [30, 7],
    type: [Number],
    description: 'Days before the yearly work report is due that a reminder goes out',
  })
  @Defined()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(730, { each: true })
  yearlyReportReminderDays?: number[];
  @ApiPropertyOptional({ example: '09:00', description: 'Local time of day at which reminders go out, HH:MM' })
  @Defined()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  reminderTimeOfDay?: string;
}

export class AdoptBylawsDto {
  @ApiProperty({ example: '2021-05-10', description: 'Date the general assembly adopted the charter (章程)' })
  @IsIsoDate()
  adoptedOn!: string;
  @ApiProperty({ type: BylawsSettingsDto }) @IsDefined() @Nested(BylawsSettingsDto) settings!: BylawsSettingsDto;
  @ApiPropertyOptional({ example: '川医协发〔2021〕18号' }) @IsOptional() @IsText(100) documentNumber?: string;
}

export class StartTermDto {
  @ApiProperty({ example: 8, description: 'The previous term (届) + 1; any number for the first term recorded' })
  @IsInt()
  @Min(1)
  @Max(99)
  termNumber!: number;
  @ApiProperty({ example: '2021-05-10', description: 'Date of the general assembly that elected the council' })
  @IsIsoDate()
  startedOn!: string;
  @ApiPropertyOptional({ example: '2026-05-09', description: "At most the bylaws' maxTermYears after the start, which is the default" })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string;
}

export class AdoptRegulationDto {
  @ApiProperty({ example: 'finance-rules' }) @IsEntityId() regulationId!: string;
  @ApiProperty({ example: '四川省医院协会财务管理制度' }) @IsText(200) title!: string;
  @ApiProperty({ enum: REGULATION_MODES, description: '制定 adopted, 修订 revised' })
  @IsIn(REGULATION_MODES)
  mode!: organization.RegulationMode;
  @ApiProperty({ example: '2023-03-15' }) @IsIsoDate() adoptedOn!: string;
  @ApiPropertyOptional({ example: 24, description: 'When a document states only how many (制定了工作制度24个); 1 when not given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  count?: number;
  @ApiPropertyOptional({ example: true, description: 'The count is a lower bound (制度90余项)' })
  @IsOptional()
  @IsBoolean()
  approximate?: boolean;
  @ApiPropertyOptional({
    example: '应急管理制度',
    maxLength: organization.MAX_REGULATION_SET_LENGTH,
    description:
      "The named set the record belongs to, when a document states a set apart with its count (各类应急制度90余项, 巡察整改等17项制度); the year's total still counts every record, and a report names each set after it",
  })
  @IsOptional()
  @IsText(organization.MAX_REGULATION_SET_LENGTH)
  set?: string;
}

export class FoundPartyUnitDto {
  @ApiProperty({ example: 'secretariat-party-branch' }) @IsEntityId() unitId!: string;
  @ApiProperty({ example: '四川省医院协会秘书处党支部' }) @IsText(100) name!: string;
  @ApiProperty({ enum: PARTY_UNIT_KINDS, description: '党总支 general-branch, 党支部 branch, 党小组 group' })
  @IsIn(PARTY_UNIT_KINDS)
  kind!: organization.PartyUnitKind;
  @ApiProperty({ example: '2019-07-01' }) @IsIsoDate() foundedOn!: string;
  @ApiPropertyOptional({
    example: 18,
    description: 'When a document states only how many units of the kind were founded (新建18个党支部); 1 when not given',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  count?: number;
}

export class IssueYearlyReportDto {
  @ApiProperty({ example: 2023, description: 'The year the work summary (工作总结) reports on' })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;
  @ApiProperty({ example: '川医协发〔2023〕267号', description: '文号 the report is issued under; the same 文号 again is a no-op' })
  @IsText(100)
  documentNumber!: string;
  @ApiPropertyOptional({
    example: '2023-12-29',
    description: 'Date of issue (印发日期), not before the year reported on; omit it when the document does not state it',
  })
  @IsOptional()
  @IsIsoDate()
  issuedOn?: string;
}
