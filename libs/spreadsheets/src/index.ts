export * from './sheet';
export { toCsv } from './csv';
export { toXlsx } from './xlsx';
export * from './register-sheets';
export * from './wording';
export { readXlsx, cellValue, NotAWorkbook, type ReadSheet } from './read-xlsx';
export * from './parse-cells';
