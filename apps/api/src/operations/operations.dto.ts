import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  registerDecorator,
} from 'class-validator';
import { COUNT_MARKERS, operations, type CountMarker } from '@assocflow/domain';
import { IsText, Nested } from '../commands/dto/common.dto';

const MEASURES = Object.keys(operations.OPERATING_MEASURES) as operations.OperatingMeasure[];

export class OperatingPartDto {
  @ApiProperty({ example: '省部级', description: 'What the part is (省部级, 市级), as the source names it after 其中' })
  @IsText(30)
  label!: string;
  @ApiProperty({ example: 14, description: "The part's exact count, in the figure's unit; kept as stated, never added into the figure" })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e12)
  count!: number;
}

type FigureParts = Pick<OperatingFigureDto, 'measure' | 'value' | 'approximate' | 'change' | 'parts'>;

const countOf = (p: unknown) =>
  typeof (p as { count?: unknown })?.count === 'number' ? Math.round((p as { count: number }).count * 10_000) : 0;

/**
 * Parts split only a level of a count or an amount (not a change, a rate or days), and an exact
 * figure is at least their sum: 31 with 14 + 17, not 30. An approximate figure is not held to it.
 */
const PartsOfTheFigure = (): PropertyDecorator => (target, propertyName) => {
  registerDecorator({
    name: 'partsOfALevel',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: 'parts split only a level of a count or an amount, not a change, a rate or days' },
    validator: {
      validate: (_v: unknown, args) => {
        const f = args?.object as FigureParts;
        if (f.change !== undefined) return false;
        // An unknown measure is the measure's own 400 (isIn), not this one.
        return !operations.isOperatingMeasure(f.measure) || operations.PARTED_KINDS.includes(operations.OPERATING_MEASURES[f.measure].kind);
      },
    },
  });
  registerDecorator({
    name: 'partsWithinTotal',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: 'parts add up to at most the figure when it is exact (approximate false)' },
    validator: {
      validate: (parts: unknown, args) => {
        const f = args?.object as FigureParts;
        if (f.approximate !== false || typeof f.value !== 'number' || !Array.isArray(parts)) return true;
        return parts.reduce((sum: number, p) => sum + countOf(p), 0) <= Math.round(f.value * 10_000);
      },
    },
  });
  registerDecorator({
    name: 'partsLabelsDistinct',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: 'each part of a figure has its own label' },
    validator: {
      validate: (parts: unknown) => {
        if (!Array.isArray(parts)) return true;
        const labels = parts.map((p) => (typeof p?.label === 'string' ? p.label.trim() : p?.label));
        return new Set(labels).size === labels.length;
      },
    },
  });
};

export class OperatingFigureDto {
  @ApiProperty({
    enum: MEASURES,
    description: 'What it measures (门诊 outpatientVisits, 药占比 drugShare …); see the catalogue in libs/domain/src/operations',
  })
  @IsIn(MEASURES)
  measure!: operations.OperatingMeasure;
  @ApiProperty({ example: 17.26, description: 'The number as stated, up to 4 decimals (510451, 17.26 for 17.26%)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e12)
  value!: number;
  @ApiProperty({ example: false, description: 'The source did not give it exactly (余/逾/多/近/约)' }) @IsBoolean() approximate!: boolean;
  @ApiPropertyOptional({ enum: COUNT_MARKERS }) @IsOptional() @IsIn(COUNT_MARKERS) marker?: CountMarker;
  @ApiPropertyOptional({ description: 'Stated in 万 (2.3万台次)' }) @IsOptional() @IsBoolean() wan?: boolean;
  @ApiPropertyOptional({ example: '骨二病区', description: 'The department or procedure it is of, when not the whole hospital' })
  @IsOptional()
  @IsText(50)
  department?: string;
  @ApiPropertyOptional({ enum: ['up', 'down'], description: 'The value is a change on the year before: up (增幅) or down (下降)' })
  @IsOptional()
  @IsIn(['up', 'down'])
  change?: 'up' | 'down';
  @ApiPropertyOptional({
    type: [OperatingPartDto],
    description:
      "What the figure is made of, as stated after 其中 (在研课题31项，其中省部级14项、市级17项): each part's count in the figure's unit, kept as stated and never summed into the value. Only on a level of a count or an amount; labels distinct; an exact figure is at least the parts' sum",
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(operations.MAX_OPERATING_PARTS)
  @Nested(OperatingPartDto, { each: true })
  @PartsOfTheFigure()
  parts?: OperatingPartDto[];
}

export class OperatingSourceDto {
  @ApiProperty({ example: '广中医发〔2021〕9号' }) @IsText(200) document!: string;
  @ApiPropertyOptional({ example: '三、（四）加强技术创新' }) @IsOptional() @IsText(200) section?: string;
}

/** 医院运营统计: a hospital's operating figures of a year, as its statistical return states them. */
export class RecordOperatingStatisticsDto {
  @ApiProperty({ example: 2020 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiProperty({ type: [OperatingFigureDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @Nested(OperatingFigureDto, { each: true })
  figures!: OperatingFigureDto[];
  @ApiProperty({ type: OperatingSourceDto }) @IsDefined() @Nested(OperatingSourceDto) source!: OperatingSourceDto;
}
