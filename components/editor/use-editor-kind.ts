'use client';
import { useSyncExternalStore } from 'react';

/** Below 768 px or on touch-only devices Monaco is replaced by a textarea. */
export const TEXTAREA_QUERY = '(max-width: 767px), (hover: none) and (pointer: coarse)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(TEXTAREA_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Which editor fits this screen; null during prerendering, before the screen is known. */
export function useEditorKind(): 'monaco' | 'textarea' | null {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(TEXTAREA_QUERY).matches ? 'textarea' : 'monaco'),
    () => null,
  );
}
