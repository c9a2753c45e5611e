'use client';
import { decodeShare, readShareParam, type ShareContent } from '@/lib/share/codec';
import { PLAYGROUND_DOCKERIGNORE_DRAFT, PLAYGROUND_DRAFT, useDrafts } from '@/lib/store/drafts';

/** What a share link in the address asks for, given the drafts saved in this browser. */
export type SharedLinkOutcome =
  | { kind: 'none' }
  | { kind: 'refused'; message: string }
  /** nothing of the learner's would be lost: open it */
  | { kind: 'open'; content: ShareContent }
  /** it differs from the saved draft: ask first */
  | { kind: 'ask'; content: ShareContent };

/** Reads the share link in `hash` and decides, against the saved drafts, what to do with it. */
export async function readSharedLink(hash: string): Promise<SharedLinkOutcome> {
  const payload = readShareParam(hash);
  if (payload === null) return { kind: 'none' };
  const decoded = await decodeShare(payload);
  if (!decoded.ok) return { kind: 'refused', message: decoded.message };
  const { drafts } = useDrafts.getState();
  const dockerfile = drafts[PLAYGROUND_DRAFT]?.text;
  const dockerignore = drafts[PLAYGROUND_DOCKERIGNORE_DRAFT]?.text ?? '';
  const { content } = decoded;
  const nothingSaved = dockerfile === undefined && dockerignore === '';
  const same = dockerfile === content.dockerfile && dockerignore === content.dockerignore;
  return nothingSaved || same ? { kind: 'open', content } : { kind: 'ask', content };
}

/** The question asked before a shared link replaces the learner's draft. */
export function describeSharedLink(content: ShareContent): string {
  const lines = content.dockerfile === '' ? 0 : content.dockerfile.split('\n').length;
  const ignore = content.dockerignore === '' ? '' : ' and a .dockerignore';
  return `This link holds a Dockerfile of ${lines} lines${ignore}. Opening it replaces your current draft.`;
}
