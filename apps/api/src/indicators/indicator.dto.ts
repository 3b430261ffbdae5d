import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, IsDefined } from 'class-validator';
import { indicator } from '@assocflow/domain';
import { CountDto, IsIsoDate, IsText, Nested } from '../commands/dto/common.dto';

export class IndicatorPeriodDto {
  @ApiProperty({ example: '2023-01-01' }) @IsIsoDate() from!: string;
  @ApiProperty({ example: '2023-06-30', description: 'In the indicator\'s year, on or after from' }) @IsIsoDate() to!: string;
}

export class RecordIndicatorDto {
  @ApiProperty({ example: 'outpatientVisits', description: 'The tenant\'s own camelCase name for the figure', pattern: indicator.INDICATOR_KEY.source })
  @IsString() @MaxLength(60) @Matches(indicator.INDICATOR_KEY, { message: 'key must be a camelCase word of letters and digits starting with a lowercase letter' })
  key!: string;
  @ApiProperty({ example: '门诊人次', description: 'As the documents name it' }) @IsText(100) label!: string;
  @ApiPropertyOptional({ example: '人次' }) @IsOptional() @IsText(20) unit?: string;
  @ApiProperty({ example: 2023 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiProperty({ type: CountDto, description: '"30300余人次" is { value: 30300, approximate: true }' }) @IsDefined() @Nested(CountDto) value!: CountDto;
  @ApiPropertyOptional({ type: IndicatorPeriodDto, description: 'When the figure covers less than the calendar year' })
  @IsOptional() @Nested(IndicatorPeriodDto)
  period?: IndicatorPeriodDto;
}
