import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { REPORT_FORMATS, REPORT_LANGUAGES, type ReportFormat, type ReportLanguage } from '@assocflow/reporting';

/** ?lang=&format= of a rendered report; ?minPosition= as on every read (checked by minPositionOf). */
export class ReportQueryDto {
  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, default: 'zh', description: 'zh: 工作总结 as the associations write it (场, 人次, 余, 万元); en: the same in English' })
  @IsOptional() @IsIn(REPORT_LANGUAGES)
  lang?: ReportLanguage;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'md', description: 'md: Markdown (text/markdown); html: a standalone HTML document (text/html)' })
  @IsOptional() @IsIn(REPORT_FORMATS)
  format?: ReportFormat;

  @IsOptional() @IsString()
  minPosition?: string;
}
