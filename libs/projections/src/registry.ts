import type { Projection } from './projection';

/** Every read model the worker keeps up to date and the cli can rebuild. */
export const PROJECTIONS: Projection<unknown>[] = [];

export function projectionNamed(name: string): Projection<unknown> | undefined {
  return PROJECTIONS.find((p) => p.name === name);
}
