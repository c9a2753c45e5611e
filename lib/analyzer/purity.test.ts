import ts from 'typescript';
import { expect, test } from 'vitest';

// The analyzer's own tsconfig (no DOM or Node types) must reject the APIs a pure module cannot
// count on: this compiles small probe files under its real options and expects each to fail.

const analyzerDirectory = ts.sys.resolvePath('lib/analyzer');

function analyzerConfig(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${analyzerDirectory}/tsconfig.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail(diagnostic) },
  );
  if (parsed === undefined) throw new Error('lib/analyzer/tsconfig.json did not parse');
  return parsed;
}

function fail(diagnostic: ts.Diagnostic): never {
  throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** Type-checks each probe source as its own file inside lib/analyzer; returns the errors per probe. */
function compileProbes(probes: Record<string, string>): Map<string, string[]> {
  const options = analyzerConfig().options;
  const fileNameOf = (name: string) => `${analyzerDirectory}/probe-${name}.ts`;
  const sources = new Map(Object.entries(probes).map(([name, text]) => [fileNameOf(name), text]));
  const host = ts.createCompilerHost(options);
  const readRealFile = host.readFile.bind(host);
  host.fileExists = (fileName) => sources.has(fileName) || ts.sys.fileExists(fileName);
  host.readFile = (fileName) => sources.get(fileName) ?? readRealFile(fileName);
  const program = ts.createProgram([...sources.keys()], options, host);
  const errors = new Map<string, string[]>();
  for (const name of Object.keys(probes)) {
    const sourceFile = program.getSourceFile(fileNameOf(name));
    const diagnostics = program.getSemanticDiagnostics(sourceFile);
    errors.set(
      name,
      diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')),
    );
  }
  return errors;
}

const forbiddenGlobals = [
  'document',
  'window',
  'self',
  'fetch',
  'Buffer',
  'process',
  'TextEncoder',
];

test('a DOM or Node global in lib/analyzer is a type error under its tsconfig', () => {
  const probes = Object.fromEntries(
    forbiddenGlobals.map((name) => [name, `export const probe = ${name};\n`]),
  );
  probes.allowed = 'export const probe: number | undefined = [3, 1, 2].toSorted().at(-1);\n';
  const errors = compileProbes(probes);
  for (const name of forbiddenGlobals) {
    expect(errors.get(name), name).toEqual([expect.stringContaining(`Cannot find name '${name}'`)]);
  }
  // ES2023 itself stays available, so the failures above are about the globals, not the harness
  expect(errors.get('allowed')).toEqual([]);
});

test('a Node built-in module does not resolve in lib/analyzer', () => {
  const errors = compileProbes({ nodeImport: "export { readFileSync } from 'node:fs';\n" });
  expect(errors.get('nodeImport')).toEqual([expect.stringContaining("'node:fs'")]);
});

test('the analyzer tsconfig covers the analyzer and leaves out only the Node-only tools', () => {
  const files = analyzerConfig().fileNames.map((fileName) =>
    fileName.slice(analyzerDirectory.length + 1),
  );
  expect(files).toContain('analyze.ts');
  expect(files).toContain('parse/scan.ts');
  expect(files).toContain('rules/latest-base-image.ts');
  expect(files.filter((file) => /^(bench|conformance|size\/calibration)\//.test(file))).toEqual([]);
});

test('npm run typecheck checks the analyzer project too', () => {
  const packageJson = JSON.parse(ts.sys.readFile('package.json') ?? '{}') as {
    scripts: Record<string, string>;
  };
  expect(packageJson.scripts.typecheck).toContain('tsc --noEmit -p lib/analyzer');
});
