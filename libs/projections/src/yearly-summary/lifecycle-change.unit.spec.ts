import type { ProjectedEvent } from '../projection';
import { lifecycleChange } from './lifecycle-change';
import type { MeetingSummaryRecord } from './summary.document';

/** A made-up family whose records are plain meetings: what they say does not matter here, only where they go. */
interface Note {
  on: string;
}
const toRecord = (n: Note): MeetingSummaryRecord => ({ family: 'meeting', on: n.on, body: 'council' });
const change = lifecycleChange<Note>(
  { recorded: { NoteTaken: toRecord }, corrected: 'NoteCorrected', retracted: 'NoteRetracted' },
  toRecord,
);
const uncorrectable = lifecycleChange<Note>({ recorded: { NoteTaken: toRecord }, retracted: 'NoteRetracted' }, toRecord);

const event = (type: string, data: object): ProjectedEvent => ({
  type,
  data: data as Record<string, unknown>,
  streamId: 'note-n1',
  position: '1',
  metadata: { tenant: 't', occurredAt: '2023-05-01', recordedAt: '2023-05-01T00:00:00Z' },
});
const record = (on: string) => ({ family: 'meeting', on, body: 'council' });

describe('lifecycleChange', () => {
  it('adds what a recorded event brings, from its own data', () => {
    expect(change(event('NoteTaken', { on: '2023-05-01' }))).toEqual({ after: record('2023-05-01') });
  });

  it('swaps the record a correction carries before for the one after', () => {
    const corrected = event('NoteCorrected', { previous: { on: '2023-05-01' }, record: { on: '2024-01-02' } });
    expect(change(corrected)).toEqual({ before: record('2023-05-01'), after: record('2024-01-02') });
  });

  it('removes the record a retraction carries', () => {
    expect(change(event('NoteRetracted', { record: { on: '2023-05-01' } }))).toEqual({ before: record('2023-05-01') });
  });

  it('changes nothing for a correction or retraction without the records it should carry', () => {
    expect(change(event('NoteCorrected', { record: { on: '2024-01-02' } }))).toBeUndefined();
    expect(change(event('NoteRetracted', {}))).toBeUndefined();
  });

  it('changes nothing for events of other families, nor for a correction where the family has none', () => {
    expect(change(event('MeetingHeld', { on: '2023-05-01' }))).toBeUndefined();
    expect(change(event('constructor', { on: '2023-05-01' }))).toBeUndefined();
    expect(uncorrectable(event('NoteCorrected', { previous: { on: '2023-05-01' }, record: { on: '2024-01-02' } }))).toBeUndefined();
  });
});
