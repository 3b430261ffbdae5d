import ExcelJS from 'exceljs';
import { comparable, countOf, valueOfCell, wholeOf, yesNoOf } from './parse-cells';
import { countCell } from './sheet';
import { cellValue, NotAWorkbook, readXlsx } from './read-xlsx';
import { ACTIVITY_KIND, YES_NO } from './wording';
import { toXlsx } from './xlsx';

describe('reading sheets back', () => {
  it('reads the first worksheet: header, then each row holding anything with its row number', async () => {
    const file = await toXlsx([
      {
        name: '活动台账2023',
        columns: ['活动编号', '人次', '线上'],
        rows: [
          ['a-1', '30300余', true],
          [null, null, null],
          ['a-2', 12, false],
        ],
      },
      { name: 'other', columns: ['x'], rows: [['y']] },
    ]);
    const sheet = await readXlsx(file);
    expect(sheet.name).toBe('活动台账2023');
    expect(sheet.columns).toEqual(['活动编号', '人次', '线上']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['a-1', '30300余', true] },
      { row: 4, cells: ['a-2', 12, false] },
    ]);
  });

  it('takes a typed date as YYYY-MM-DD, a formula by its result, rich text as its text, blank text as nothing', () => {
    expect(cellValue(new Date(Date.UTC(2023, 10, 16)))).toBe('2023-11-16');
    expect(cellValue({ formula: 'A1+1', result: 7 } as ExcelJS.CellValue)).toBe(7);
    expect(cellValue({ richText: [{ text: '医院' }, { text: '论坛 ' }] } as ExcelJS.CellValue)).toBe('医院论坛');
    expect(cellValue('  ')).toBeNull();
  });

  it('refuses what is not a workbook', async () => {
    await expect(readXlsx(Buffer.from('活动编号,人次\n'))).rejects.toBeInstanceOf(NotAWorkbook);
  });

  it('parses cells into request values, and passes on what does not parse for validation to refuse', () => {
    expect(countOf('30300余')).toEqual({ value: 30300, approximate: true });
    expect(countOf(18312)).toEqual({ value: 18312, approximate: false });
    expect(countOf('18312')).toEqual({ value: 18312, approximate: false });
    expect(countOf('about 80')).toEqual({ value: 'about 80', approximate: false });
    // The forms countCell writes, read back as stated.
    expect(countOf('近300人')).toEqual({ value: 300, approximate: true, marker: '近', unit: '人' });
    expect(countOf('约630')).toEqual({ value: 630, approximate: true, marker: '约' });
    expect(countOf('100多')).toEqual({ value: 100, approximate: true, marker: '多' });
    expect(countOf('10.36万人次')).toEqual({ value: 103600, approximate: false, unit: '人次', wan: true });
    expect(countOf('5350人')).toEqual({ value: 5350, approximate: false, unit: '人' });
    for (const count of [
      { value: 300, approximate: true, marker: '近' as const, unit: '人' as const },
      { value: 38000, approximate: true, wan: true },
      { value: 7, approximate: false },
    ]) {
      expect(countOf(countCell(count))).toEqual(count);
    }
    expect(countOf(null)).toBeUndefined();
    expect(wholeOf('12')).toBe(12);
    expect(wholeOf('12.5')).toBe('12.5');
    expect(yesNoOf('是')).toBe(true);
    expect(yesNoOf('否')).toBe(false);
    expect(yesNoOf('maybe')).toBe('maybe');
    expect(valueOfCell(ACTIVITY_KIND, '培训')).toBe('training');
    expect(valueOfCell(ACTIVITY_KIND, 'training')).toBe('training');
    expect(valueOfCell(ACTIVITY_KIND, '宴会')).toBe('宴会');
  });

  it('compares words by the value they stand for', () => {
    expect(comparable('是', YES_NO)).toBe(comparable(true, YES_NO));
    expect(comparable('培训', ACTIVITY_KIND)).toBe(comparable('training', ACTIVITY_KIND));
    expect(comparable(300)).toBe(comparable('300'));
    expect(comparable(null)).toBe('');
  });
});
