/** The analyzer's public surface: parse, analyze and the contract types. */
export { parse, dump } from './parse';
export * from './types';
