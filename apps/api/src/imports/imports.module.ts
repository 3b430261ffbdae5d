import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { SheetImportService } from './sheet-import.service';

/** Sheet uploads, recorded through the same CommandBus as the endpoints. */
@Module({ controllers: [ImportsController], providers: [SheetImportService] })
export class ImportsModule {}
