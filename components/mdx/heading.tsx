import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { slugify } from '@/lib/content/headings';

function textOf(node: ReactNode): string {
  let text = '';
  Children.forEach(node, (child) => {
    if (typeof child === 'string' || typeof child === 'number') text += String(child);
    else if (isValidElement(child)) {
      text += textOf((child as ReactElement<{ children?: ReactNode }>).props.children);
    }
  });
  return text;
}

// The id comes from the same slugify the loader uses for the table of contents, so links match.
function anchored(Tag: 'h2' | 'h3') {
  function Heading({ children }: { children?: ReactNode }) {
    const id = slugify(textOf(children));
    return (
      <Tag id={id} className="group scroll-mt-20">
        {children}
        <a
          href={`#${id}`}
          className="ml-2 text-slate-400 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100"
          aria-label={`Link to this section: ${textOf(children)}`}
        >
          #
        </a>
      </Tag>
    );
  }
  Heading.displayName = Tag.toUpperCase();
  return Heading;
}

/** `##` heading with an id for the table of contents. */
export const H2 = anchored('h2');
/** `###` heading with an id for the table of contents. */
export const H3 = anchored('h3');
