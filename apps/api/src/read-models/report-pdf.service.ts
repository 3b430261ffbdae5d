import { HttpException, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ChromiumMissing, PdfRenderer, type PdfPage } from '@assocflow/pdf';
import { problem } from '../problem/problem-document';

/** The api's one headless Chromium for PDF reports, started on the first PDF asked for (CHROMIUM_PATH or /usr/bin/chromium). */
@Injectable()
export class ReportPdfService implements OnApplicationShutdown {
  private readonly renderer = new PdfRenderer();

  /** A 503 that says how to install Chromium when there is none: the other formats still work. */
  async render(page: PdfPage): Promise<Buffer> {
    try {
      return await this.renderer.render(page);
    } catch (error) {
      if (error instanceof ChromiumMissing) throw new HttpException(problem(503, 'pdf-unavailable', 'PDF unavailable', error.message), 503);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.renderer.close();
  }
}
