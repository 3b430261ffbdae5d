import { operations, statedCount } from '@assocflow/domain';

type Figure = operations.OperatingFigure;

const changeUnit = (f: Figure, def: operations.MeasureDefinition) => (def.kind === 'days' ? def.unit : '%');

/** 门诊510451人次, 药占比17.26%, 骨二病区手术增幅21.23%, 平均住院日下降1天: each figure as the hospital states it. */
export function zhOperatingFigure(f: Figure): string {
  const def: operations.MeasureDefinition = operations.OPERATING_MEASURES[f.measure];
  const n = statedCount({ value: f.value, approximate: f.approximate, marker: f.marker, wan: f.wan });
  const what = `${f.department ?? ''}${def.zh}`;
  if (f.change) return `${what}${f.change === 'up' ? '增幅' : '下降'}${n}${changeUnit(f, def)}`;
  const parts = (f.parts ?? []).map((p) => `${p.label}${statedCount({ value: p.count, approximate: false, wan: f.wan })}${def.unit}`);
  return `${what}${n}${def.unit}${parts.length ? `，其中${parts.join('、')}` : ''}`;
}

export function enOperatingFigure(f: Figure): string {
  const def: operations.MeasureDefinition = operations.OPERATING_MEASURES[f.measure];
  const n = f.wan ? `${f.value.toLocaleString('en-US')}` : String(f.value);
  const bound = f.approximate ? (f.marker === '近' ? 'nearly ' : f.marker === '约' ? 'about ' : 'over ') : '';
  const what = `${def.en}${f.department ? ` (${f.department})` : ''}`;
  if (f.change) return `${what} ${f.change === 'up' ? 'up' : 'down'} ${bound}${n}${def.kind === 'days' ? ' days' : '%'}`;
  const parts = (f.parts ?? []).map((p) => `${p.label} ${f.wan ? p.count.toLocaleString('en-US') : String(p.count)}`);
  return `${what}: ${bound}${n}${def.unit === '%' ? '%' : ` ${def.unit}`}${parts.length ? ` (of which ${parts.join(', ')})` : ''}`;
}

/**
 * The 医院运营 section: every figure of the year's return, in the order recorded. A figure with
 * parts ends its clause with ；, so the next figure does not read as one more part (其中…、…).
 */
export const zhOperationsParagraph = (figures: readonly Figure[] | undefined): string | undefined =>
  figures?.length
    ? `${figures.map((f, i) => `${i ? (figures[i - 1].parts?.length ? '；' : '，') : ''}${zhOperatingFigure(f)}`).join('')}。`
    : undefined;

export const enOperationsParagraph = (figures: readonly Figure[] | undefined): string | undefined =>
  figures?.length ? `${figures.map(enOperatingFigure).join('; ')}.` : undefined;
