import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's `chromium` package puts its binary here (scripts/bootstrap.sh installs it). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export class ChromiumMissing extends Error {
  constructor(path: string) {
    super(
      `no Chromium at ${path}: run scripts/bootstrap.sh as root (it runs apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium or Chrome binary`,
    );
  }
}

/** The system's headless Chromium, without network features that would reach out at run time. */
export async function launchChromium(executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumMissing(executablePath);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
