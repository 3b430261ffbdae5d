// The suite and the benchmarks start redis-server the same way.
export * from '../../bench/support/redis-process';
