import { DomainError, type Decider, type DomainCommand, type DomainEvent } from '@assocflow/domain';
import type { ProjectedEvent, Projection } from '../projection';

// ---------------------------------------------------------------------------------------------
// Harness: the runner's way of applying events (batches, documents through JSON in between,
// a batch lost to a crash and applied again on resume), to compare with projectAll.

export function replay<Doc>(p: Projection<Doc>, events: ProjectedEvent[], sizes: number[], crashes: boolean[]): Record<string, Doc> {
  const stored = new Map<string, string>();
  const applyBatch = (batch: ProjectedEvent[]) => {
    const docs = new Map<string, Doc>();
    for (const event of batch) {
      for (const key of p.keysOf(event)) {
        const doc = docs.get(key) ?? (stored.has(key) ? (JSON.parse(stored.get(key)!) as Doc) : p.initial(key));
        docs.set(key, p.evolve(doc, event, key));
      }
    }
    return docs;
  };
  for (let start = 0, i = 0; start < events.length; i++) {
    const size = sizes.length ? sizes[i % sizes.length] : events.length;
    const batch = events.slice(start, start + size);
    if (crashes[i % Math.max(crashes.length, 1)]) applyBatch(batch); // crashed before MULTI/EXEC: nothing written
    for (const [key, doc] of applyBatch(batch)) stored.set(key, JSON.stringify(p.finalize ? p.finalize(doc, key) : doc));
    start += size;
  }
  return Object.fromEntries([...stored].map(([key, json]) => [key, JSON.parse(json) as Doc]));
}

export interface Step<S, C> {
  tenant: string;
  streamId: string;
  command: (state: S) => C | undefined;
}

/** Runs commands through the decider: only the events it decides, so every sequence is valid. */
export function simulate<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  steps: Step<S, C>[],
): ProjectedEvent[] {
  const states = new Map<string, S>();
  const out: ProjectedEvent[] = [];
  for (const step of steps) {
    const id = `${step.tenant}|${step.streamId}`;
    let state = states.get(id) ?? decider.initialState();
    const command = step.command(state);
    if (!command) continue;
    let decided: E[];
    try {
      decided = decider.decide(command, state);
    } catch (error) {
      if (error instanceof DomainError) continue;
      throw error;
    }
    for (const event of decided) {
      state = decider.evolve(state, event);
      out.push(projected(event.type, event.data, step.tenant, step.streamId, out.length + 1));
    }
    states.set(id, state);
  }
  return out;
}

export function projected(type: string, data: { occurredOn: string }, tenant: string, streamId: string, position: number): ProjectedEvent {
  return {
    type,
    data: data as unknown as Record<string, unknown>,
    streamId,
    position: String(position),
    metadata: { tenant, occurredAt: data.occurredOn, recordedAt: '2026-01-01T00:00:00.000Z', actor: 'test' },
  };
}

/** JSON with sorted keys (built as text: a key such as __proto__ must stay a plain key). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Paths that hold undefined: a document must survive JSON unchanged. */
export function undefinedPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (!value || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((k) => undefinedPaths((value as Record<string, unknown>)[k], `${path}.${k}`));
}

/** The runner's documents equal the reference fold's, which are plain JSON. */
export function expectSameDocs<Doc>(actual: Record<string, Doc>, reference: Map<string, Doc>): void {
  const expected = Object.fromEntries(reference);
  expect(undefinedPaths(expected)).toEqual([]);
  expect(canonical(actual)).toBe(canonical(expected));
}

// ---------------------------------------------------------------------------------------------
