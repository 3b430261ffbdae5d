import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsInt, Max, Min, registerDecorator } from 'class-validator';
import { work } from '@assocflow/domain';
import { CountDto, IsEntityId, IsIsoDate, IsText, Nested, SourceDto, Defined } from '../commands/dto/common.dto';

/** A record happened on a day or is the total of a year: exactly one of on and year. */
const OneOfOnOrYear = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'onOrYear',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: 'exactly one of on (a day) and year (a total of the year) is given' },
    validator: {
      validate: (_value: unknown, args) =>
        ((args?.object as { on?: unknown }).on === undefined) !== ((args?.object as { year?: unknown }).year === undefined),
    },
  });

/** 工作记录: one figure of the organization's own work, as the source states it. */
export class RecordWorkDto {
  @ApiProperty({ example: 'shandong-2025-documents-handled' }) @IsEntityId() recordId!: string;
  @ApiProperty({
    enum: work.WORK_MEASURE_KEYS,
    description: 'What is counted (the work-measure catalogue): documentsHandled 收发处理各类文件 (件), emergencyDrills 应急演练 (次) …',
  })
  @IsIn(work.WORK_MEASURE_KEYS)
  measure!: work.WorkMeasure;
  @ApiProperty({
    type: CountDto,
    description: '80余次 is { value: 80, approximate: true }; 2.3万台次 { value: 23000, approximate: false, wan: true }',
  })
  @IsDefined()
  @Nested(CountDto)
  count!: CountDto;
  @ApiPropertyOptional({ example: '2020-02-09', description: 'The day it happened; or year' })
  @OneOfOnOrYear()
  @Defined()
  @IsIsoDate()
  on?: string;
  @ApiPropertyOptional({ example: 2025, description: 'The year of a total; or on' })
  @Defined()
  @IsInt()
  @Min(1000)
  @Max(9999)
  year?: number;
  @ApiPropertyOptional({ example: '院科两级应急演练', description: 'What it is, to name it in the report (其中)' })
  @Defined()
  @IsText(200)
  title?: string;
  @ApiPropertyOptional({ example: 'emergency-mgmt', description: 'The branch that did it, when not the organization itself' })
  @Defined()
  @IsEntityId()
  branchId?: string;
  @ApiPropertyOptional({ example: '收发处理各类文件 193 件' }) @Defined() @IsText(500) note?: string;
  @ApiProperty({ type: SourceDto }) @IsDefined() @Nested(SourceDto) source!: SourceDto;
}

/** Only the fields that change; the measure never (retract and record the other measure). */
export class WorkChangesDto {
  @ApiPropertyOptional({ type: CountDto }) @Defined() @Nested(CountDto) count?: CountDto;
  @ApiPropertyOptional({ example: '2020-11-30', description: 'A day, replacing the year' }) @Defined() @IsIsoDate() on?: string;
  @ApiPropertyOptional({ example: 2020, description: 'A year, replacing the day' }) @Defined() @IsInt() @Min(1000) @Max(9999) year?: number;
  @ApiPropertyOptional({ example: '院科两级应急演练' }) @Defined() @IsText(200) title?: string;
  @ApiPropertyOptional({ example: 'emergency-mgmt' }) @Defined() @IsEntityId() branchId?: string;
  @ApiPropertyOptional({ example: '按台账更正' }) @Defined() @IsText(500) note?: string;
  @ApiPropertyOptional({ type: SourceDto }) @Defined() @Nested(SourceDto) source?: SourceDto;
}

export class CorrectWorkRecordDto {
  @ApiProperty({ example: '2026-01-15' }) @IsIsoDate() correctedOn!: string;
  @ApiProperty({ type: WorkChangesDto, description: 'Only the fields that change' })
  @IsDefined()
  @Nested(WorkChangesDto)
  changes!: WorkChangesDto;
  @ApiProperty({ example: '按收发文登记簿更正' }) @IsText(500) reason!: string;
}

export class RetractWorkRecordDto {
  @ApiProperty({ example: '2026-01-15' }) @IsIsoDate() retractedOn!: string;
  @ApiProperty({ example: '重复录入' }) @IsText(500) reason!: string;
}
