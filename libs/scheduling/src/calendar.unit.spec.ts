import { addMonths, daysBetween, instantOf, localDateOf } from './calendar';

describe('calendar', () => {
  it('adds months, falling back to the last day of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-12-10', 12)).toBe('2024-12-10');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2027-06-01', '2027-06-15')).toBe(14);
    expect(daysBetween('2027-06-15', '2027-06-01')).toBe(-14);
  });
  it('finds the local date and the instant of a wall time in a time zone (Intl, no offset table)', () => {
    expect(localDateOf(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(localDateOf(new Date('2026-12-31T15:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-31');
    expect(new Date(instantOf('2027-06-01', '09:00', 'Asia/Shanghai')).toISOString()).toBe('2027-06-01T01:00:00.000Z');
    expect(new Date(instantOf('2027-06-01', '09:00', 'Asia/Urumqi')).toISOString()).toBe('2027-06-01T03:00:00.000Z');
  });
  it('lands right on daylight-saving days', () => {
    expect(new Date(instantOf('2026-03-29', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(new Date(instantOf('2026-03-28', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(new Date(instantOf('2026-11-01', '09:00', 'America/New_York')).toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });
});
