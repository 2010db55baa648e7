// A term of the UI with its explanation on hover (and on focus, where the term is a
// tab stop). One tooltip layer serves every term, so a queue of 50,000 rows adds no
// per-row state; the text comes from the glossary.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { create } from 'zustand';
import { GLOSSARY, type TermId } from './glossary';

export const TOOLTIP_ID = 'term-tooltip';
const HOVER_DELAY_MS = 300;

interface TipState {
  owner: HTMLElement | null;
  term: TermId | null;
  show(owner: HTMLElement, term: TermId, delayMs: number): void;
  hide(owner?: HTMLElement): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

// The term's link to the tooltip is set on the element itself, so a Term subscribes to
// nothing: hundreds of them (article list, queue rows) cost no store listeners.
function describe(owner: HTMLElement | null, on: boolean): void {
  if (!owner) return;
  if (on) owner.setAttribute('aria-describedby', TOOLTIP_ID);
  else owner.removeAttribute('aria-describedby');
}

export const useTip = create<TipState>((set, get) => ({
  owner: null,
  term: null,
  show(owner, term, delayMs) {
    clearTimeout(timer);
    const open = () => {
      describe(get().owner, false);
      describe(owner, true);
      set({ owner, term });
    };
    if (delayMs <= 0) open();
    else timer = setTimeout(open, delayMs);
  },
  hide(owner) {
    clearTimeout(timer);
    const current = get().owner;
    if (!owner || current === owner) {
      describe(current, false);
      set({ owner: null, term: null });
    }
  },
}));

interface TermProps {
  id: TermId;
  /** the words shown; the glossary's term when omitted */
  children?: ReactNode;
  /** a tab stop of its own: for headings and labels, not for terms repeated in every row */
  focusable?: boolean;
  className?: string;
}

export function Term({ id, children, focusable = false, className }: TermProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const { show, hide } = useTip.getState();
  useEffect(() => {
    const el = ref.current;
    return () => hide(el ?? undefined);
  }, [hide]);
  return (
    <span
      ref={ref}
      className={className ? `term ${className}` : 'term'}
      tabIndex={focusable ? 0 : undefined}
      data-term={id}
      onMouseEnter={(e) => show(e.currentTarget, id, HOVER_DELAY_MS)}
      onMouseLeave={(e) => hide(e.currentTarget)}
      onFocus={(e) => show(e.currentTarget, id, 0)}
      onBlur={(e) => hide(e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && useTip.getState().owner === e.currentTarget) {
          e.stopPropagation();
          hide();
        }
      }}
    >
      {children ?? GLOSSARY[id].term}
    </span>
  );
}

const GAP = 6;
const MARGIN = 8;

/** The one tooltip, placed below its term (above when there is no room), inside the window. */
export function TooltipLayer() {
  const owner = useTip((s) => s.owner);
  const term = useTip((s) => s.term);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    if (!owner || !ref.current) return setPos(null);
    const r = owner.getBoundingClientRect();
    const tip = ref.current.getBoundingClientRect();
    const below = r.bottom + GAP;
    const top = below + tip.height + MARGIN > window.innerHeight ? Math.max(MARGIN, r.top - GAP - tip.height) : below;
    const left = Math.min(Math.max(MARGIN, r.left), Math.max(MARGIN, window.innerWidth - tip.width - MARGIN));
    setPos({ left, top });
  }, [owner, term]);

  // a scrolled or detached term would leave its tooltip floating elsewhere
  useEffect(() => {
    if (!owner) return;
    const hide = () => useTip.getState().hide();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
      window.removeEventListener('keydown', onKey);
    };
  }, [owner]);

  if (!owner || !term) return null;
  const info = GLOSSARY[term];
  return createPortal(
    <div
      ref={ref}
      id={TOOLTIP_ID}
      role="tooltip"
      className="tooltip"
      style={pos ? { left: pos.left, top: pos.top } : { left: 0, top: 0, visibility: 'hidden' }}
    >
      <strong>{info.term}</strong> {info.text}
    </div>,
    document.body,
  );
}
