/** The analyzer's public surface: parse, analyze and the contract types. */
export { parse, dump } from './parse';
export { analyze, MAX_SOURCE_LENGTH } from './analyze';
export * from './types';
