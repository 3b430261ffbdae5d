import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

export interface PdfPage {
  /** A standalone HTML document (its styles inline: the page loads nothing). */
  html: string;
  /** Left of the running header: the organization's name. */
  headerLeft: string;
  /** Right of the running header: the document number (文号), when there is one. */
  headerRight?: string;
  lang: 'zh' | 'en';
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Header and footer templates are rendered by Chromium apart from the page, with their own styles. */
function headerTemplate(page: PdfPage): string {
  return `<div style="width:100%;margin:0 15mm;font-size:8pt;color:#555;font-family:'Noto Sans CJK SC',sans-serif;display:flex;justify-content:space-between;border-bottom:0.5pt solid #bbb;padding-bottom:2pt">
<span>${escape(page.headerLeft)}</span><span>${escape(page.headerRight ?? '')}</span></div>`;
}

function footerTemplate(page: PdfPage): string {
  const numbering =
    page.lang === 'zh'
      ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
      : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  return `<div style="width:100%;text-align:center;font-size:8pt;color:#555;font-family:'Noto Sans CJK SC',sans-serif">${numbering}</div>`;
}

/**
 * Prints HTML documents to A4 PDF with the system's headless Chromium. One browser is started on
 * first use and shared (a fresh context per document); requests leaving the page are refused, so
 * a document never reaches the network.
 */
export class PdfRenderer {
  private browser?: Promise<Browser>;

  constructor(private readonly executablePath?: string) {}

  async render(page: PdfPage): Promise<Buffer> {
    const browser = await (this.browser ??= launchChromium(this.executablePath).catch((error: unknown) => {
      this.browser = undefined;
      throw error;
    }));
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.route('**/*', (route) => route.abort());
      await tab.setContent(page.html, { waitUntil: 'load' });
      await tab.emulateMedia({ media: 'print' });
      return await tab.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(page),
        footerTemplate: footerTemplate(page),
        margin: { top: '22mm', bottom: '20mm', left: '15mm', right: '15mm' },
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await (await browser?.catch(() => undefined))?.close();
  }
}
