import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, IsDefined, IsIn } from 'class-validator';
import { COUNT_MARKERS, type CountMarker } from '@assocflow/domain';
import { indicator } from '@assocflow/domain';
import { IsIsoDate, IsText, Nested } from '../commands/dto/common.dto';

/** An organization's own figure: a count, an amount, a decimal or a percentage (98.5 with unit %), as stated. */
export class FigureValueDto {
  @ApiProperty({ example: 17.26, description: 'A number, up to 4 decimals (17.26 for 17.26%)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(-1e12)
  @Max(1e12)
  value!: number;
  @ApiProperty({ example: false, description: 'The source did not give it exactly (余/逾/多/近/约)' }) @IsBoolean() approximate!: boolean;
  @ApiPropertyOptional({ enum: COUNT_MARKERS, description: 'The word that made it approximate (absent: 余)' })
  @IsOptional()
  @IsIn(COUNT_MARKERS)
  marker?: CountMarker;
}

export class IndicatorPeriodDto {
  @ApiProperty({ example: '2023-01-01' }) @IsIsoDate() from!: string;
  @ApiProperty({ example: '2023-06-30', description: "In the indicator's year, on or after from" }) @IsIsoDate() to!: string;
}

export class RecordIndicatorDto {
  @ApiProperty({
    example: 'outpatientVisits',
    description: "The tenant's own camelCase name for the figure",
    pattern: indicator.INDICATOR_KEY.source,
  })
  @IsString()
  @MaxLength(60)
  @Matches(indicator.INDICATOR_KEY, { message: 'key must be a camelCase word of letters and digits starting with a lowercase letter' })
  key!: string;
  @ApiProperty({ example: '门诊人次', description: 'As the documents name it' }) @IsText(100) label!: string;
  @ApiPropertyOptional({ example: '人次' }) @IsOptional() @IsText(20) unit?: string;
  @ApiProperty({ example: 2023 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiProperty({
    type: FigureValueDto,
    description: '"30300余人次" is { value: 30300, approximate: true }; "17.26%" is { value: 17.26, approximate: false } with unit %',
  })
  @IsDefined()
  @Nested(FigureValueDto)
  value!: FigureValueDto;
  @ApiPropertyOptional({ type: IndicatorPeriodDto, description: 'When the figure covers less than the calendar year' })
  @IsOptional()
  @Nested(IndicatorPeriodDto)
  period?: IndicatorPeriodDto;
}
