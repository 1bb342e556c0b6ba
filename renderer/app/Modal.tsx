import type { ReactNode } from 'react';

/**
 * A modal dialog: a backdrop and a labelled `role="dialog"`. Escape closes it
 * when `onClose` is given; a click on the backdrop too, unless `backdropCloses` is false.
 */
export function Modal({
  label,
  onClose,
  backdropCloses = true,
  className,
  children,
}: {
  label: string;
  onClose?: () => void;
  backdropCloses?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="dialog-backdrop" onClick={backdropCloses ? onClose : undefined}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={label}
        className={className ? `dialog ${className}` : 'dialog'}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose?.();
        }}
      >
        {children}
      </div>
    </div>
  );
}
