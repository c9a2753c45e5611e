'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Diagnostic } from '@/lib/analyzer/types';
import { encodeShare, fragmentOf, type ShareContent } from '@/lib/share/codec';
import { DEFAULT_TEMPLATE, TEMPLATES, findTemplate } from '@/lib/playground/templates';
import {
  PLAYGROUND_DOCKERIGNORE_DRAFT,
  PLAYGROUND_DRAFT,
  draftsStatus,
  useDrafts,
} from '@/lib/store/drafts';
import { ChannelAnalysisPanels } from '@/components/analysis/channel-analysis-panels';
import { ALL_PANELS } from '@/lib/playground/panels';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { AdaptiveEditor } from './adaptive-editor';
import { requestAnalysis, setChannelDockerignore } from './analysis-client';
import { ConfirmBar } from './confirm-bar';
import { DockerignoreEditor } from './dockerignore-editor';
import { DraftNotices } from './draft-notices';
import type { EditorHandle } from './editor-handle';
import { useAutosave } from './use-autosave';
import { describeSharedLink, readSharedLink } from './shared-link';

/** A replacement waiting for the learner's yes: `dockerignore` undefined leaves it as it is. */
interface Pending {
  title: string;
  detail: string;
  dockerfile: string;
  dockerignore?: string;
  /** the starter this loads, shown in the Starter menu only once it is loaded */
  templateId?: string;
  confirmLabel: string;
  cancelLabel: string;
}

type Notice = { kind: 'error' | 'info'; text: string } | null;

const CHANNEL = 'playground';
const EDITOR_HEIGHT = '34rem';

function clearHash(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

// Untouched starters are not drafts: storage stays empty until the learner edits.
const isDockerfileDraft = (text: string, stored: string | undefined) =>
  stored !== undefined || !TEMPLATES.some((t) => t.text === text);
// Nor is an empty .dockerignore that was never saved.
const isDockerignoreDraft = (text: string, stored: string | undefined) =>
  stored !== undefined || text !== '';

/**
 * The /playground page: a Dockerfile and its .dockerignore in tabs, live analysis panels,
 * starters, autosaved drafts and share links. The Dockerfile being typed lives in the editor and
 * in `latestText`, not in React state: a keystroke re-renders nothing here.
 */
export function PlaygroundWorkspace() {
  // The text an editor starts from when it mounts; changes only when text is loaded from outside.
  const [text, setText] = useState(DEFAULT_TEMPLATE.text);
  const latestText = useRef(DEFAULT_TEMPLATE.text);
  const [dockerignore, setDockerignore] = useState('');
  const [ready, setReady] = useState(false);
  const [target, setTarget] = useState('');
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [shareUrl, setShareUrl] = useState('');
  const [tab, setTab] = useState('dockerfile');
  const handle = useRef<EditorHandle | null>(null);
  const dockerfileSave = useAutosave(PLAYGROUND_DRAFT, isDockerfileDraft);
  const dockerignoreSave = useAutosave(PLAYGROUND_DOCKERIGNORE_DRAFT, isDockerignoreDraft);
  const hasDraft = useDrafts((s) => PLAYGROUND_DRAFT in s.drafts);
  const saveError = useStore(draftsStatus, (s) => s.notice.saveError);

  /** Puts text into the editor from outside (draft, template, shared link). */
  const load = useCallback((next: string) => {
    latestText.current = next;
    setText(next);
    handle.current?.setValue(next);
    requestAnalysis(CHANNEL, next, undefined);
  }, []);

  const changeDockerignore = useCallback((next: string) => {
    setDockerignore(next);
    setChannelDockerignore(CHANNEL, next);
  }, []);

  /** Replaces the files with ones the learner chose, and saves them at once. */
  const replaceFiles = useCallback(
    (files: { dockerfile: string; dockerignore?: string }) => {
      load(files.dockerfile);
      dockerfileSave.saveNow(files.dockerfile);
      if (files.dockerignore !== undefined) {
        changeDockerignore(files.dockerignore);
        dockerignoreSave.saveNow(files.dockerignore);
      }
    },
    [load, changeDockerignore, dockerfileSave, dockerignoreSave],
  );

  const onTextChange = useCallback(
    (next: string) => {
      latestText.current = next;
      // Once typing pauses, an editor that mounts anew (a resize to the textarea) starts here.
      dockerfileSave.schedule(next, () => setText(latestText.current));
    },
    [dockerfileSave],
  );

  const onDockerignoreChange = (next: string) => {
    changeDockerignore(next);
    dockerignoreSave.schedule(next);
  };

  // Read the drafts, then look at the URL: a shared Dockerfile never silently replaces them.
  useEffect(() => {
    let cancelled = false;
    const openShared = async () => {
      const outcome = await readSharedLink(window.location.hash);
      if (cancelled || outcome.kind === 'none') return;
      if (outcome.kind === 'refused') {
        setNotice({ kind: 'error', text: outcome.message });
        clearHash();
      } else if (outcome.kind === 'open') {
        replaceFiles(outcome.content);
        setNotice({ kind: 'info', text: 'Opened the shared Dockerfile.' });
        clearHash();
      } else {
        setPending({
          title: 'Open the shared Dockerfile?',
          detail: describeSharedLink(outcome.content),
          ...outcome.content,
          confirmLabel: 'Replace my draft',
          cancelLabel: 'Keep my draft',
        });
      }
    };
    void useDrafts.persist.rehydrate()?.then(() => {
      if (cancelled) return;
      const { drafts } = useDrafts.getState();
      const savedDockerfile = drafts[PLAYGROUND_DRAFT]?.text;
      const savedDockerignore = drafts[PLAYGROUND_DOCKERIGNORE_DRAFT]?.text;
      if (savedDockerfile !== undefined) {
        load(savedDockerfile);
        dockerfileSave.markSaved(savedDockerfile);
      }
      if (savedDockerignore !== undefined) {
        changeDockerignore(savedDockerignore);
        dockerignoreSave.markSaved(savedDockerignore);
      }
      // Edits made before the drafts were read are saved now.
      dockerfileSave.start();
      dockerignoreSave.start();
      setReady(true);
      void openShared();
    });
    const onHash = () => void openShared();
    window.addEventListener('hashchange', onHash);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHash);
    };
  }, [load, replaceFiles, changeDockerignore, dockerfileSave, dockerignoreSave]);

  // The panels show the analysis for the chosen target (the editor asks too; equal asks are merged).
  useEffect(() => {
    requestAnalysis(CHANNEL, latestText.current, target || undefined);
  }, [target]);

  const onReady = useCallback((h: EditorHandle) => {
    handle.current = h;
  }, []);

  const chooseTemplate = (id: string) => {
    const template = findTemplate(id);
    if (!template) return;
    if (TEMPLATES.some((t) => t.text === latestText.current)) {
      setTemplateId(id);
      replaceFiles({ dockerfile: template.text });
      return;
    }
    setPending({
      title: `Load the ${template.label} starter?`,
      detail: 'It replaces your current draft.',
      dockerfile: template.text,
      templateId: id,
      confirmLabel: `Load ${template.label}`,
      cancelLabel: 'Keep my draft',
    });
  };

  const reset = () => {
    const template = findTemplate(templateId) ?? DEFAULT_TEMPLATE;
    setPending({
      title: 'Reset to the starter?',
      detail: `Your draft is replaced by the ${template.label} starter.`,
      dockerfile: template.text,
      confirmLabel: 'Reset',
      cancelLabel: 'Cancel',
    });
  };

  const share = async () => {
    const content: ShareContent = { dockerfile: latestText.current, dockerignore };
    const encoded = await encodeShare(content);
    if (!encoded.ok) {
      // Warn now: a link the playground would refuse to open is worse than no link.
      setShareUrl('');
      setNotice({ kind: 'error', text: encoded.message });
      return;
    }
    history.replaceState(null, '', fragmentOf(encoded.payload));
    const url = window.location.href;
    setShareUrl(url);
    const what = dockerignore === '' ? 'the whole Dockerfile' : 'the Dockerfile and .dockerignore';
    try {
      await navigator.clipboard.writeText(url);
      setNotice({
        kind: 'info',
        text: `Share link copied. It holds ${what}; nothing is uploaded.`,
      });
    } catch {
      setNotice({
        kind: 'info',
        text: `Share link ready below. It holds ${what}; nothing is uploaded.`,
      });
    }
  };

  // Problems are in the Dockerfile: show its tab first, then move to the problem once it is drawn.
  const showDockerfile = useCallback((then: () => void) => {
    setTab('dockerfile');
    requestAnimationFrame(then);
  }, []);
  const select = useCallback(
    (d: Diagnostic) => showDockerfile(() => handle.current?.reveal(d.line, d.column)),
    [showDockerfile],
  );
  const fix = useCallback(
    (d: Diagnostic) => showDockerfile(() => d.fix && handle.current?.applyFix(d.fix)),
    [showDockerfile],
  );
  const currentText = useCallback(() => latestText.current, []);

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
        <span
          data-draft-status
          className="text-xs text-slate-600 dark:text-slate-300"
          aria-live="polite"
        >
          {ready && saveError
            ? 'Draft not saved.'
            : ready && hasDraft
              ? 'Draft saved in this browser.'
              : ''}
        </span>
      </div>

      <DraftNotices currentText={currentText} />

      {pending ? (
        <ConfirmBar
          title={pending.title}
          confirmLabel={pending.confirmLabel}
          cancelLabel={pending.cancelLabel}
          onConfirm={() => {
            replaceFiles(pending);
            if (pending.templateId) setTemplateId(pending.templateId);
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
        <Tabs value={tab} onValueChange={setTab} className="min-w-0">
          <TabsList aria-label="Files">
            <TabsTrigger value="dockerfile">Dockerfile</TabsTrigger>
            <TabsTrigger value="dockerignore">.dockerignore</TabsTrigger>
          </TabsList>
          <TabsContent value="dockerfile">
            <AdaptiveEditor
              value={text}
              onChange={onTextChange}
              channel={CHANNEL}
              target={target}
              path="playground.Dockerfile"
              label="Dockerfile editor"
              onReady={onReady}
              height={EDITOR_HEIGHT}
            />
          </TabsContent>
          <TabsContent value="dockerignore">
            <DockerignoreEditor
              value={dockerignore}
              onChange={onDockerignoreChange}
              height={EDITOR_HEIGHT}
            />
          </TabsContent>
        </Tabs>
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
