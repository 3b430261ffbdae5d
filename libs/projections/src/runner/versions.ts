import type Redis from 'ioredis';
import type { Projection } from '../projection';
import { activeVersionKey, builtWithKey, versionPrefix } from './read-model-keys';

/** The stored version a worker runs a projection on, and what it does once caught up. */
export interface VersionToRun {
  version: number;
  /** Make it the serving version once caught up (a first build, or a build for changed code). */
  activate: boolean;
  /** The version serving meanwhile, built by other code: dropped once this one serves. */
  replaces?: number;
}

/**
 * Which stored version a worker should run a projection on. Stored versions are builds: each
 * records the projection's code version that built it (builtWithKey). The serving version is run
 * on as long as it was built by this code; when the code's version differs (a changed fold was
 * deployed), the next version is built from position 0 beside it (blue/green, as
 * `cli projections rebuild` does) while the old one keeps serving. A serving version that says
 * nothing of its build (stored before builds were recorded) is built again once.
 */
export async function versionToRun(redis: Redis, projection: Projection<unknown>): Promise<VersionToRun> {
  const { name, version: code } = projection;
  const active = await redis.get(activeVersionKey(name));
  if (active === null) {
    await claimBuild(redis, name, code, code);
    return { version: code, activate: true };
  }
  const serving = Number(active);
  const builtWith = await redis.get(builtWithKey(name, serving));
  if (builtWith !== null && Number(builtWith) === code) return { version: serving, activate: false };
  const next = Math.max(serving, code) + 1;
  await claimBuild(redis, name, next, code);
  return { version: next, activate: true, replaces: serving };
}

/**
 * Marks `version` as built by `code`. Keys of that version left by other code (an interrupted
 * build of a fold since changed) are dropped first; a build by the same code resumes from its
 * checkpoint.
 */
export async function claimBuild(redis: Redis, name: string, version: number, code: number): Promise<void> {
  const builtWith = await redis.get(builtWithKey(name, version));
  if (builtWith !== null && Number(builtWith) === code) return;
  await deleteVersion(redis, name, version);
  await redis.set(builtWithKey(name, version), String(code));
}

/** Removes every key of a stored version (documents, states, checkpoint, build mark). */
export async function deleteVersion(redis: Redis, name: string, version: number): Promise<void> {
  const pattern = `${versionPrefix(name, version)}:*`;
  let cursor = '0';
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    if (keys.length) await redis.unlink(...keys);
    cursor = nextCursor;
  } while (cursor !== '0');
}
