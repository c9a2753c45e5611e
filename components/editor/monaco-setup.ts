'use client';
/**
 * The one place that loads Monaco: the slim editor core, a handful of editor features, and the
 * Dockerfile grammar. Imported only by dockerfile-editor.tsx, which is itself loaded lazily.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import { loader } from '@monaco-editor/react';
import type { Diagnostic } from '@/lib/analyzer/types';
import { hoverAt } from '@/lib/playground/hover-docs';
import { quickFixes } from '@/lib/playground/monaco-bridge';

export type Monaco = typeof monaco;
export { monaco };

// Turbopack emits Monaco's own worker URL as an unbundled asset; hand it the bundled worker instead.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () =>
    new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), {
      type: 'module',
    }),
};

// Use this bundled copy; the loader's default would fetch Monaco from a CDN.
loader.config({ monaco });

/** The latest diagnostics per model, read by the code-action provider. */
export const diagnosticsByModel = new WeakMap<monaco.editor.ITextModel, readonly Diagnostic[]>();

let registered = false;

/** Registers the Dockerfile hover and quick-fix providers once per page (they are global). */
export function registerDockerfileProviders(): void {
  if (registered) return;
  registered = true;

  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const info = hoverAt(model.getLinesContent(), position.lineNumber, position.column);
      if (!info) return null;
      return {
        range: new monaco.Range(info.line, info.column, info.line, info.endColumn),
        contents: [{ value: info.markdown }],
      };
    },
  });

  monaco.languages.registerCodeActionProvider(
    'dockerfile',
    {
      provideCodeActions(model, _range, context) {
        const fixes = quickFixes(diagnosticsByModel.get(model) ?? [], context.markers);
        const markers = context.markers;
        return {
          actions: fixes.map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: true,
            diagnostics: markers.filter(
              (m) =>
                m.code === fix.diagnostic.rule ||
                (typeof m.code === 'object' && m.code.value === fix.diagnostic.rule),
            ),
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: {
                    range: new monaco.Range(
                      fix.edit.startLineNumber,
                      fix.edit.startColumn,
                      fix.edit.endLineNumber,
                      fix.edit.endColumn,
                    ),
                    text: fix.edit.text,
                  },
                },
              ],
            },
          })),
          dispose() {},
        };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
