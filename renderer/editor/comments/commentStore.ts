/** The comments panel's UI state: open, which comments it lists, and a comment being written. Never in the document. */
import { create } from 'zustand';
import type { CommentTarget } from '../../../shared/model/types';

export const COMMENT_FILTERS = ['open', 'resolved', 'all'] as const;
export type CommentFilter = (typeof COMMENT_FILTERS)[number];

export interface CommentPanelState {
  open: boolean;
  filter: CommentFilter;
  /** Bumped whenever the panel is opened, to move keyboard focus to its heading. */
  focusRequest: number;
  /** A new comment being written on this target (the composer at the top of the panel). */
  composing: CommentTarget | null;
  setOpen(open: boolean): void;
  toggle(): void;
  setFilter(filter: CommentFilter): void;
  compose(target: CommentTarget | null): void;
}

export const useCommentPanel = create<CommentPanelState>()((set, get) => ({
  open: false,
  filter: 'open',
  focusRequest: 0,
  composing: null,
  setOpen: (open) => set(open ? { open, focusRequest: get().focusRequest + 1 } : { open, composing: null }),
  toggle: () => get().setOpen(!get().open),
  setFilter: (filter) => set({ filter }),
  compose: (composing) => set(composing ? { composing, open: true, filter: 'open' } : { composing }),
}));
