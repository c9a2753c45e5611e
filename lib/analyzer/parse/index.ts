export { parse, KNOWN_INSTRUCTIONS } from './parse';
export { dump } from './dump';
export { reportParseDiagnostics } from './reemit';
