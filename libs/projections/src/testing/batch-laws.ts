import fc from 'fast-check';
import { projectAll, type ProjectedEvent, type Projection } from '../projection';
import { expectSameDocs, replay } from './projection-harness';

/** Random batch sizes and crashes (a batch applied, then lost before its MULTI/EXEC). */
export const batchSplits = {
  sizes: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 8 }),
  crashes: fc.array(fc.boolean(), { maxLength: 8 }),
};

/**
 * The laws every projection keeps, as jest tests: applied in any batch split, through JSON,
 * with crashes and resumes, it equals projectAll; its generator covers every event type it
 * handles; and it is total (events out of order, or about entities never seen, neither throw
 * nor diverge). `sequences` defaults to `generated`; `neverSeen` names those entities.
 */
export function itKeepsTheBatchLaws<Doc>(
  projection: Projection<Doc>,
  generated: fc.Arbitrary<ProjectedEvent[]>,
  options: { sequences?: fc.Arbitrary<ProjectedEvent[]>; neverSeen: string },
): void {
  const sequences = options.sequences ?? generated;
  it('equals projectAll for valid event sequences, in any batch split, through JSON, with crashes and resumes', () =>
    fc.assert(
      fc.property(sequences, batchSplits.sizes, batchSplits.crashes, (events, sizes, crashes) => {
        expectSameDocs(replay(projection, events, sizes, crashes), projectAll(projection, events));
      }),
      { numRuns: 200 },
    ));

  it('generates every event type it handles, in sequences of some length', () => {
    const samples = fc.sample(generated, { numRuns: 200, seed: 42 });
    const types = new Set(samples.flat().map((e) => e.type));
    expect([...projection.handles].filter((t) => !types.has(t))).toEqual([]);
    expect(samples.flat().length / samples.length).toBeGreaterThan(8);
  });

  it(`is total: events out of order or ${options.neverSeen} never seen neither throw nor diverge`, () =>
    fc.assert(
      fc.property(
        sequences.chain((e) => fc.shuffledSubarray(e)),
        batchSplits.sizes,
        batchSplits.crashes,
        (events, sizes, crashes) => {
          expectSameDocs(replay(projection, events, sizes, crashes), projectAll(projection, events));
        },
      ),
      { numRuns: 100 },
    ));
}
