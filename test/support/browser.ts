import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where browser tests keep their screenshots for people to look at (ignored by git). */
export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'test-artifacts');

export function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS_DIR, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  return path;
}

/** The system's headless Chromium, as the api's PDF renderer launches it. */
export { launchChromium } from '@assocflow/pdf';
