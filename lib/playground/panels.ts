/** Which analysis panels a playground shows, from the MDX `panels="graph,size,problems"` attribute. */

export type PanelId = 'graph' | 'size' | 'problems';
export const ALL_PANELS: readonly PanelId[] = ['problems', 'graph', 'size'];

/** Parses a `panels` attribute in the order written; unknown names are dropped, absent means all. */
export function parsePanels(value: string | undefined): PanelId[] {
  if (value === undefined) return [...ALL_PANELS];
  const wanted = value.split(',').map((p) => p.trim().toLowerCase());
  return [...new Set(wanted)].filter((p): p is PanelId =>
    (ALL_PANELS as readonly string[]).includes(p),
  );
}
