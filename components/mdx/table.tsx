import type { ComponentProps } from 'react';

/**
 * Markdown tables scroll inside their own box, so a wide table never widens the page at 360 px.
 * The box is focusable so keyboard users can scroll it too.
 */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Table (scrolls sideways)"
    >
      <table {...props} />
    </div>
  );
}
