import type Redis from 'ioredis';
import { LeaseLostError, type Fence } from './lease';

/**
 * A commit as one Lua script: every SET, HSET and HDEL applied together or not at all, and
 * under a lease's fence when the writer leads under one. One script, not a MULTI of thousands
 * of commands: ioredis costs per command, Redis per script call. And a table's rows read back the same way.
 */

/** One write of a commit: a string set, or a hash field set or deleted. */
export type WriteOp = { set: string; value: string } | { hset: string; field: string; value: string } | { hdel: string; field: string };

/**
 * Applies every write in one atomic Lua script, only while the fence key still holds the
 * writer's value: a leader that lost its lease while paused cannot write over its successor.
 */
export async function fencedWrite(redis: Redis, fence: Fence, ops: WriteOp[]): Promise<void> {
  const { keys, args } = encode(ops);
  try {
    await redis.eval(FENCED_WRITE, keys.length + 1, fence.key, ...keys, fence.value, ...args);
  } catch (error) {
    if (error instanceof Error && error.message.includes('FENCED')) throw new LeaseLostError(fence.key);
    throw error;
  }
}

/** The same writes, atomic too, for a runner that leads alone (no lease). One script, not a MULTI of thousands of commands. */
export async function unfencedWrite(redis: Redis, ops: WriteOp[]): Promise<void> {
  const { keys, args } = encode(ops);
  await redis.eval(WRITE, keys.length, ...keys, ...args);
}

/**
 * KEYS: one per write; ARGV: per write its code and its arguments. Consecutive HSETs of one hash
 * go as one write (M, the count, then fields and values), set by HSETs of many fields at once:
 * a table's commit sets thousands of rows of one hash.
 */
function encode(ops: WriteOp[]): { keys: string[]; args: string[] } {
  const keys: string[] = [];
  const args: string[] = [];
  let many: { key: string; countAt: number; count: number } | undefined;
  for (const op of ops) {
    if ('hset' in op) {
      if (many?.key !== op.hset) {
        keys.push(op.hset);
        args.push('M', '0');
        many = { key: op.hset, countAt: args.length - 1, count: 0 };
      }
      args.push(op.field, op.value);
      args[many.countAt] = String(++many.count);
      continue;
    }
    many = undefined;
    if ('set' in op) {
      keys.push(op.set);
      args.push('S', op.value);
    } else {
      keys.push(op.hdel);
      args.push('D', op.field);
    }
  }
  return { keys, args };
}

/** Applies the writes from KEYS[first] and ARGV[first] on (HSETs of at most 500 fields, within Lua's stack for unpack). */
const writesFrom = (first: number) => `
local a = ${first}
for i = ${first}, #KEYS do
  local op = ARGV[a]
  if op == 'S' then redis.call('SET', KEYS[i], ARGV[a + 1]); a = a + 2
  elseif op == 'M' then
    local n, s = tonumber(ARGV[a + 1]), a + 2
    for c = 0, n - 1, 500 do
      redis.call('HSET', KEYS[i], unpack(ARGV, s + 2 * c, s + 2 * math.min(c + 500, n) - 1))
    end
    a = s + 2 * n
  else redis.call('HDEL', KEYS[i], ARGV[a + 1]); a = a + 2 end
end
return #KEYS`;

const WRITE = writesFrom(1);

/** The values of the given fields of each hash, in order (null for none), in one script: hundreds of HMGETs cost a round of command handling each. */
export async function readRows(redis: Redis, hashes: [key: string, fields: string[]][]): Promise<(string | null)[]> {
  const args = hashes.flatMap(([, fields]) => [String(fields.length), ...fields]);
  return (await redis.eval(GET_ROWS, hashes.length, ...hashes.map(([key]) => key), ...args)) as (string | null)[];
}

/** For each hash in KEYS, ARGV gives the count of its fields then the fields: their values, in order (nil for none). HMGETs of at most 1,000 fields (Lua's stack for unpack). */
const GET_ROWS = `
local out, a = {}, 1
for i = 1, #KEYS do
  local n = tonumber(ARGV[a]); a = a + 1
  for c = 0, n - 1, 1000 do
    local m = math.min(1000, n - c)
    local values = redis.call('HMGET', KEYS[i], unpack(ARGV, a + c, a + c + m - 1))
    for j = 1, m do out[#out + 1] = values[j] end
  end
  a = a + n
end
return out`;

const FENCED_WRITE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('FENCED lease lost')
end
${writesFrom(2)}`;
