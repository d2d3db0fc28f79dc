import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogFrameProps {
  /** Unique on the page: names the dialog's heading id. */
  name: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** An inline dialog named by its heading, which takes the focus when it opens; Escape closes it. */
export function DialogFrame({ name, title, onClose, children }: DialogFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = `dialogue-${name}`;

  useEffect(() => heading.current?.focus(), []);

  return (
    <section role="dialog" aria-labelledby={titleId} className="command-dialog" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
