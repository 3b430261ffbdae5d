import { isIsoDate } from './values';

/** The calendar as Date knows it: the reference the arithmetic check must equal. */
function byDateRoundTrip(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

describe('isIsoDate', () => {
  it('agrees with a Date round trip on every day, month 00 to 13 and day 00 to 32, of years around leap rules and the edges', () => {
    const years = [0, 1, 99, 100, 1000, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999];
    const mismatches: string[] = [];
    for (const y of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (isIsoDate(value) !== byDateRoundTrip(value)) mismatches.push(value);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses what is not a YYYY-MM-DD string', () => {
    for (const value of [undefined, null, 20240101, '2024-1-01', '2024-01-01T00:00:00Z', ' 2024-01-01', '２０２４-01-01']) expect(isIsoDate(value)).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
