'use client';
import * as TabsPrimitive from '@radix-ui/react-tabs';

/**
 * Tabs after the WAI-ARIA tabs pattern, from Radix: `tablist`/`tab`/`tabpanel` roles, the arrow
 * keys, Home and End move between tabs, and a panel is labelled by its tab.
 */
export const Tabs = TabsPrimitive.Root;

/** The row of tabs; `aria-label` names what the tabs switch between. */
export function TabsList(props: React.ComponentProps<typeof TabsPrimitive.List>) {
  return (
    <TabsPrimitive.List
      data-slot="tabs-list"
      className="flex gap-1 border-b border-slate-300 dark:border-slate-700"
      {...props}
    />
  );
}

/** One tab; the selected one is marked with a border and bold text, not colour alone. */
export function TabsTrigger(props: React.ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      data-slot="tabs-trigger"
      className="-mb-px rounded-t border border-transparent px-3 py-1 font-mono text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 data-[state=active]:border-slate-300 data-[state=active]:border-b-white data-[state=active]:bg-white data-[state=active]:font-semibold data-[state=active]:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:data-[state=active]:border-slate-700 dark:data-[state=active]:border-b-slate-950 dark:data-[state=active]:bg-slate-950 dark:data-[state=active]:text-slate-50"
      {...props}
    />
  );
}

/**
 * A tab's panel. Kept mounted while hidden (`forceMount`), so an editor in it keeps its text,
 * cursor and undo history when the learner switches tabs.
 */
export function TabsContent(props: React.ComponentProps<typeof TabsPrimitive.Content>) {
  return (
    <TabsPrimitive.Content
      data-slot="tabs-content"
      forceMount
      className="pt-2 data-[state=inactive]:hidden"
      {...props}
    />
  );
}
