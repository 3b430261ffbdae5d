// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../libs/platform/src/module-aliases';
import { fmt, printResult, ratio } from '../support/result';
import { measureWebhookThroughput } from './webhook-throughput';

/**
 * Reminders delivered per second through the webhook channel to a local receiver, against
 * plain signed POSTs of the same payloads in the same run. BENCH_REMINDERS (default 2,000).
 */
async function main(): Promise<void> {
  const reminders = Number(process.env.BENCH_REMINDERS ?? 2_000);
  const result = await measureWebhookThroughput({ reminders });
  process.stdout.write(
    `\nwebhookRemindersPerSec ${fmt(result.webhookRemindersPerSec)}\nbaselinePostsPerSec    ${fmt(result.baselinePostsPerSec)}\n` +
      `baseline/pipeline ${ratio(result.baselinePostsPerSec, result.webhookRemindersPerSec).toFixed(1)}x over ${fmt(result.reminders)} reminders\n`,
  );
  printResult({ webhookRemindersPerSec: result.webhookRemindersPerSec, webhookBaselinePostsPerSec: result.baselinePostsPerSec });
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
