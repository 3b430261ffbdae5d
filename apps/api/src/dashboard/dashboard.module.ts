import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { DashboardController } from './dashboard.controller';
import { DashboardData } from './dashboard-data';

/** The dashboard pages, served by the api at /dashboard. */
@Module({ imports: [ReadModelsModule], controllers: [DashboardController], providers: [DashboardData] })
export class DashboardModule {}
