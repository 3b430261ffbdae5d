import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { COUNT_MARKERS, operations, type CountMarker } from '@assocflow/domain';
import { IsText, Nested } from '../commands/dto/common.dto';

const MEASURES = Object.keys(operations.OPERATING_MEASURES) as operations.OperatingMeasure[];

export class OperatingFigureDto {
  @ApiProperty({ enum: MEASURES, description: 'What it measures (门诊 outpatientVisits, 药占比 drugShare …); see the catalogue in libs/domain/src/operations' })
  @IsIn(MEASURES)
  measure!: operations.OperatingMeasure;
  @ApiProperty({ example: 17.26, description: 'The number as stated, up to 4 decimals (510451, 17.26 for 17.26%)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 }) @Min(0) @Max(1e12)
  value!: number;
  @ApiProperty({ example: false, description: 'The source did not give it exactly (余/逾/多/近/约)' }) @IsBoolean() approximate!: boolean;
  @ApiPropertyOptional({ enum: COUNT_MARKERS }) @IsOptional() @IsIn(COUNT_MARKERS) marker?: CountMarker;
  @ApiPropertyOptional({ description: 'Stated in 万 (2.3万台次)' }) @IsOptional() @IsBoolean() wan?: boolean;
  @ApiPropertyOptional({ example: '骨二病区', description: 'The department or procedure it is of, when not the whole hospital' }) @IsOptional() @IsText(50) department?: string;
  @ApiPropertyOptional({ enum: ['up', 'down'], description: 'The value is a change on the year before: up (增幅) or down (下降)' }) @IsOptional() @IsIn(['up', 'down']) change?: 'up' | 'down';
}

export class OperatingSourceDto {
  @ApiProperty({ example: '广中医发〔2021〕9号' }) @IsText(200) document!: string;
  @ApiPropertyOptional({ example: '三、（四）加强技术创新' }) @IsOptional() @IsText(200) section?: string;
}

/** 医院运营统计: a hospital's operating figures of a year, as its statistical return states them. */
export class RecordOperatingStatisticsDto {
  @ApiProperty({ example: 2020 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiProperty({ type: [OperatingFigureDto] }) @IsArray() @ArrayMaxSize(500) @Nested(OperatingFigureDto, { each: true }) figures!: OperatingFigureDto[];
  @ApiProperty({ type: OperatingSourceDto }) @IsDefined() @Nested(OperatingSourceDto) source!: OperatingSourceDto;
}
