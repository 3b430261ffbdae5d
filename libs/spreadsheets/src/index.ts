export * from './sheet';
export { toCsv } from './csv';
export { toXlsx } from './xlsx';
export * from './register-sheets';
