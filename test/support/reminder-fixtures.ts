// The suite and the benchmarks write channels and reminders the same way.
export * from '../../bench/support/reminder-fixtures';
