/** The analyzer's public surface: parse, analyze and the contract types. */
export { parse, dump } from './parse';
export { analyze } from './analyze';
export * from './types';
