import { decideAppend } from './append-rules';
import { DuplicateEventId, WrongExpectedVersion } from './errors';

const ref = (revision: bigint, streamId = 's-t.1') => ({ streamId, revision, position: revision + 10n });

describe('decideAppend', () => {
  it('writes a new stream at revision 0 when no_stream is expected', () => {
    expect(
      decideAppend({ streamId: 's-t.1', expected: 'no_stream', lastRevision: undefined, eventIds: ['a'], found: [undefined] }),
    ).toEqual({ kind: 'write', firstRevision: 0n });
  });

  it('refuses a stale revision with WrongExpectedVersion naming the actual revision', () => {
    expect(() => decideAppend({ streamId: 's-t.1', expected: 1n, lastRevision: 3n, eventIds: ['a'], found: [undefined] })).toThrow(
      expect.objectContaining({ name: 'WrongExpectedVersion', actual: 3n }),
    );
  });

  it('treats the same ids at the same place as a retry, even though the stream moved on', () => {
    expect(decideAppend({ streamId: 's-t.1', expected: 1n, lastRevision: 3n, eventIds: ['a', 'b'], found: [ref(2n), ref(3n)] })).toEqual({
      kind: 'retry',
      nextExpectedRevision: 3n,
      position: 13n,
    });
  });

  it('refuses ids stored elsewhere', () => {
    expect(() =>
      decideAppend({ streamId: 's-t.1', expected: 'any', lastRevision: 0n, eventIds: ['a'], found: [ref(0n, 's-t.2')] }),
    ).toThrow(DuplicateEventId);
  });

  it('refuses a partial retry', () => {
    expect(() =>
      decideAppend({ streamId: 's-t.1', expected: 1n, lastRevision: 2n, eventIds: ['a', 'b'], found: [ref(2n), undefined] }),
    ).toThrow(DuplicateEventId);
  });

  it('stream_exists fails on a missing stream', () => {
    expect(() => decideAppend({ streamId: 's-t.1', expected: 'stream_exists', lastRevision: undefined, eventIds: [], found: [] })).toThrow(
      WrongExpectedVersion,
    );
  });
});
