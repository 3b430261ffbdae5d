import { isCount, isIsoDate, statedCount, sumCounts } from './values';

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
    for (const value of [undefined, null, 20240101, '2024-1-01', '2024-01-01T00:00:00Z', ' 2024-01-01', '２０２４-01-01'])
      expect(isIsoDate(value)).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});

describe('counts in the form the source states them', () => {
  it('says the number as written: 54, 30300余, 近300, 约630, 100多, 10.36万, 3.8万余', () => {
    expect(statedCount({ value: 54, approximate: false })).toBe('54');
    expect(statedCount({ value: 30300, approximate: true })).toBe('30300余');
    expect(statedCount({ value: 300, approximate: true, marker: '近' })).toBe('近300');
    expect(statedCount({ value: 630, approximate: true, marker: '约' })).toBe('约630');
    expect(statedCount({ value: 100, approximate: true, marker: '多' })).toBe('100多');
    expect(statedCount({ value: 103600, approximate: false, wan: true })).toBe('10.36万');
    expect(statedCount({ value: 38000, approximate: true, wan: true })).toBe('3.8万余');
  });

  it('refuses a marker on an exact figure, and markers or units no document writes', () => {
    expect(isCount({ value: 300, approximate: true, marker: '近', unit: '人' })).toBe(true);
    expect(isCount({ value: 300, approximate: false, marker: '近' })).toBe(false);
    expect(isCount({ value: 300, approximate: true, marker: '大约' })).toBe(false);
    expect(isCount({ value: 300, approximate: false, unit: '位' })).toBe(false);
    expect(isCount({ value: 1.5, approximate: false })).toBe(false);
  });

  it('sums in the form the parts allow: 近 and 余 together are only 约; 人 stays 人 only when every part is', () => {
    expect(
      sumCounts([
        { value: 300, approximate: true },
        { value: 30, approximate: false },
      ]),
    ).toEqual({ value: 330, approximate: true });
    expect(
      sumCounts([
        { value: 300, approximate: true, marker: '近', unit: '人' },
        { value: 30, approximate: false, unit: '人' },
      ]),
    ).toEqual({ value: 330, approximate: true, marker: '近', unit: '人' });
    expect(
      sumCounts([
        { value: 300, approximate: true, marker: '近', unit: '人' },
        { value: 30, approximate: false },
        { value: 300, approximate: true, marker: '余', unit: '人次' },
      ]),
    ).toEqual({ value: 630, approximate: true, marker: '约', unit: '人次' });
    expect(
      sumCounts([
        { value: 3, approximate: false, unit: '人' },
        { value: 4, approximate: false, unit: '人' },
      ]),
    ).toEqual({ value: 7, approximate: false, unit: '人' });
  });
});
