import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, IsDefined } from 'class-validator';
import { CountDto, IsText, Nested } from '../commands/dto/common.dto';

/** The document a year's figures come from, and where in it: both are stated. */
export class StatedSourceDto {
  @ApiProperty({ example: '四川省医院协会2023年工作总结' }) @IsText(200) document!: string;
  @ApiProperty({ example: '三、（二）会员发展' }) @IsText(200) section!: string;
}

class MembershipFiguresDto {
  @ApiPropertyOptional({ type: CountDto, description: '新发展会员: members joined in the year' })
  @IsOptional()
  @Nested(CountDto)
  joined?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: '会员单位总数 at the end of the year' })
  @IsOptional()
  @Nested(CountDto)
  activeAtYearEnd?: CountDto;
  @ApiProperty({ type: StatedSourceDto }) @IsDefined() @Nested(StatedSourceDto) source!: StatedSourceDto;
}

export class RecordMembershipTotalsDto extends MembershipFiguresDto {
  @ApiProperty({ example: 2023 }) @IsInt() @Min(1000) @Max(9999) year!: number;
}

export class CorrectMembershipTotalsDto extends MembershipFiguresDto {
  @ApiPropertyOptional({ example: '年报数据复核后更正' }) @IsOptional() @IsText(500) reason?: string;
}
