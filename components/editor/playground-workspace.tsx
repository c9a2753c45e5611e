'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/analyzer/types';
import { decodeShare, readShareParam, shareFragment } from '@/lib/share/codec';
import { DEFAULT_TEMPLATE, TEMPLATES, findTemplate } from '@/lib/playground/templates';
import { PLAYGROUND_DRAFT, useDrafts } from '@/lib/store/drafts';
import { ChannelAnalysisPanels } from '@/components/analysis/channel-analysis-panels';
import { ALL_PANELS } from '@/lib/playground/panels';
import { AdaptiveEditor } from './adaptive-editor';
import { requestAnalysis } from './analysis-client';
import { ConfirmBar } from './confirm-bar';
import type { EditorHandle } from './editor-handle';

interface Pending {
  title: string;
  detail: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
}

type Notice = { kind: 'error' | 'info'; text: string } | null;

const SAVE_DELAY_MS = 300;
const CHANNEL = 'playground';

function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length;
}

function clearHash(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

/**
 * The /playground page: editor, live analysis panels, templates, autosaved draft and share links.
 * The text being typed lives in the editor and in `latestText`, not in React state: a keystroke
 * re-renders nothing here (the editor asks for its analysis, the panels subscribe to it).
 */
export function PlaygroundWorkspace() {
  // The text an editor starts from when it mounts; changes only when text is loaded from outside.
  const [text, setText] = useState(DEFAULT_TEMPLATE.text);
  const latestText = useRef(DEFAULT_TEMPLATE.text);
  const [ready, setReady] = useState(false);
  const readyRef = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [target, setTarget] = useState('');
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [shareUrl, setShareUrl] = useState('');
  const handle = useRef<EditorHandle | null>(null);
  const lastSaved = useRef<string | null>(null);
  const setDraft = useDrafts((s) => s.setDraft);
  const hasDraft = useDrafts((s) => PLAYGROUND_DRAFT in s.drafts);

  /** Puts text into the editor from outside (draft, template, shared link). */
  const load = useCallback((next: string) => {
    latestText.current = next;
    setText(next);
    handle.current?.setValue(next);
    requestAnalysis(CHANNEL, next, undefined);
  }, []);

  /** Writes the draft unless it is saved already (or is an untouched starter). */
  const save = useCallback(() => {
    clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    const next = latestText.current;
    if (!readyRef.current || next === lastSaved.current) return;
    const current = useDrafts.getState().drafts[PLAYGROUND_DRAFT]?.text;
    // Untouched starters are not drafts: leave storage empty until the learner edits.
    if (current === undefined && TEMPLATES.some((t) => t.text === next)) return;
    setDraft(PLAYGROUND_DRAFT, next);
    lastSaved.current = next;
  }, [setDraft]);

  // Autosave, debounced so typing never waits on localStorage (a JSON of every draft).
  const onTextChange = useCallback(
    (next: string) => {
      latestText.current = next;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        // Once typing pauses, an editor that mounts anew (a resize to the textarea) starts here.
        setText(latestText.current);
        save();
      }, SAVE_DELAY_MS);
    },
    [save],
  );
  // Leaving the page within the debounce still keeps the last edit.
  useEffect(() => () => save(), [save]);

  // Hydrate the draft, then look at the URL: a shared Dockerfile never silently replaces it.
  useEffect(() => {
    let cancelled = false;
    const openShared = async () => {
      const payload = readShareParam(window.location.hash);
      if (payload === null) return;
      const decoded = await decodeShare(payload);
      if (cancelled) return;
      if (!decoded.ok) {
        setNotice({ kind: 'error', text: decoded.message });
        clearHash();
        return;
      }
      const draft = useDrafts.getState().drafts[PLAYGROUND_DRAFT];
      if (!draft || draft.text === decoded.text) {
        load(decoded.text);
        setDraft(PLAYGROUND_DRAFT, decoded.text);
        setNotice({ kind: 'info', text: 'Opened the shared Dockerfile.' });
        clearHash();
        return;
      }
      setPending({
        title: 'Open the shared Dockerfile?',
        detail: `This link holds a Dockerfile of ${lineCount(decoded.text)} lines. Opening it replaces your current draft.`,
        text: decoded.text,
        confirmLabel: 'Replace my draft',
        cancelLabel: 'Keep my draft',
      });
    };
    void useDrafts.persist.rehydrate()?.then(() => {
      if (cancelled) return;
      const draft = useDrafts.getState().drafts[PLAYGROUND_DRAFT];
      if (draft) {
        load(draft.text);
        lastSaved.current = draft.text;
      }
      readyRef.current = true;
      setReady(true);
      // Edits made before the draft store was ready are saved now.
      if (latestText.current !== lastSaved.current) onTextChange(latestText.current);
      void openShared();
    });
    const onHash = () => void openShared();
    window.addEventListener('hashchange', onHash);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHash);
    };
  }, [setDraft, load, onTextChange]);

  // The panels show the analysis for the chosen target (the editor asks too; equal asks are merged).
  useEffect(() => {
    requestAnalysis(CHANNEL, latestText.current, target || undefined);
  }, [target]);

  const onReady = useCallback((h: EditorHandle) => {
    handle.current = h;
  }, []);

  const replaceText = (next: string) => {
    load(next);
    clearTimeout(saveTimer.current);
    setDraft(PLAYGROUND_DRAFT, next);
    lastSaved.current = next;
  };

  const chooseTemplate = (id: string) => {
    const template = findTemplate(id);
    if (!template) return;
    setTemplateId(id);
    if (TEMPLATES.some((t) => t.text === latestText.current)) {
      replaceText(template.text);
      return;
    }
    setPending({
      title: `Load the ${template.label} starter?`,
      detail: 'It replaces your current draft.',
      text: template.text,
      confirmLabel: `Load ${template.label}`,
      cancelLabel: 'Keep my draft',
    });
  };

  const reset = () => {
    const template = findTemplate(templateId) ?? DEFAULT_TEMPLATE;
    setPending({
      title: 'Reset to the starter?',
      detail: `Your draft is replaced by the ${template.label} starter.`,
      text: template.text,
      confirmLabel: 'Reset',
      cancelLabel: 'Cancel',
    });
  };

  const share = async () => {
    const fragment = await shareFragment(latestText.current);
    history.replaceState(null, '', fragment);
    const url = window.location.href;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({
        kind: 'info',
        text: 'Share link copied. It holds the whole Dockerfile; nothing is uploaded.',
      });
    } catch {
      setNotice({
        kind: 'info',
        text: 'Share link ready below. It holds the whole Dockerfile; nothing is uploaded.',
      });
    }
  };

  const select = useCallback((d: Diagnostic) => handle.current?.reveal(d.line, d.column), []);
  const fix = useCallback((d: Diagnostic) => d.fix && handle.current?.applyFix(d.fix), []);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="font-medium">Starter</span>
          <select
            value={templateId}
            onChange={(e) => chooseTemplate(e.target.value)}
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={reset}
          className="rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() => void share()}
          className="rounded bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-300 dark:text-slate-950"
        >
          Share
        </button>
        <span className="text-xs text-slate-600 dark:text-slate-300" aria-live="polite">
          {ready && hasDraft ? 'Draft saved in this browser.' : ''}
        </span>
      </div>

      {pending ? (
        <ConfirmBar
          title={pending.title}
          confirmLabel={pending.confirmLabel}
          cancelLabel={pending.cancelLabel}
          onConfirm={() => {
            replaceText(pending.text);
            setPending(null);
            clearHash();
          }}
          onCancel={() => {
            setPending(null);
            clearHash();
          }}
        >
          {pending.detail}
        </ConfirmBar>
      ) : null}

      {notice ? (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-notice={notice.kind}
          className={
            notice.kind === 'error'
              ? 'rounded-md border border-red-400 bg-red-50 p-3 text-sm text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100'
              : 'rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100'
          }
        >
          {notice.text}{' '}
          <button type="button" className="ml-2 underline" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}

      {shareUrl ? (
        <label className="block text-sm">
          <span className="font-medium">Share link</span>
          <input
            readOnly
            value={shareUrl}
            onFocus={(e) => e.target.select()}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0">
          <AdaptiveEditor
            value={text}
            onChange={onTextChange}
            channel={CHANNEL}
            target={target}
            path="playground.Dockerfile"
            label="Dockerfile editor"
            onReady={onReady}
            height="34rem"
          />
        </div>
        <ChannelAnalysisPanels
          channel={CHANNEL}
          idPrefix="playground"
          panels={ALL_PANELS}
          target={target}
          onTargetChange={setTarget}
          onSelect={select}
          onFix={fix}
        />
      </div>
    </div>
  );
}
