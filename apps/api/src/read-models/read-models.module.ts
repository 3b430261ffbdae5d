import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ReadModelService } from './read-model.service';
import { ReportPdfService } from './report-pdf.service';
import { RegistersController } from './registers.controller';
import { SummariesController } from './summaries.controller';

/** The read side: GETs answered from projections only. */
@Module({
  controllers: [SummariesController, RegistersController, ExportsController],
  providers: [ReadModelService, ReportPdfService],
  exports: [ReadModelService],
})
export class ReadModelsModule {}
