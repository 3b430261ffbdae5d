import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { REPORT_FORMATS, REPORT_LANGUAGES, type ReportFormat, type ReportLanguage } from '@assocflow/reporting';

/** The formats the api serves: the rendered ones and their PDF print. */
export const SERVED_REPORT_FORMATS = [...REPORT_FORMATS, 'pdf'] as const;
export type ServedReportFormat = ReportFormat | 'pdf';

/** ?lang=&format= of a rendered report; ?minPosition= as on every read (checked by minPositionOf). */
export class ReportQueryDto {
  @ApiPropertyOptional({
    enum: REPORT_LANGUAGES,
    default: 'zh',
    description: 'zh: 工作总结 as the associations write it (场, 人次, 余, 万元); en: the same in English',
  })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  lang?: ReportLanguage;

  @ApiPropertyOptional({
    enum: SERVED_REPORT_FORMATS,
    default: 'md',
    description:
      "md: Markdown (text/markdown); html: a standalone HTML document (text/html); pdf: the HTML printed to A4 by headless Chromium, the organization's name in the header, pages numbered (application/pdf)",
  })
  @IsOptional()
  @IsIn(SERVED_REPORT_FORMATS)
  format?: ServedReportFormat;

  @IsOptional()
  @IsString()
  minPosition?: string;
}
