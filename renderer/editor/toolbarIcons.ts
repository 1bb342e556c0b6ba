/** The lucide icon of each toolbar action (the More menu shows the same ones). */
import {
  ArrowLeft,
  ChartColumn,
  Columns3,
  Download,
  Keyboard,
  ListFilter,
  ListTree,
  Maximize,
  Presentation,
  Redo2,
  Rows3,
  SquarePlus,
  Trash2,
  Undo2,
  Users,
  Vote,
  MessageSquare,
  MessageSquarePlus,
  WandSparkles,
  type LucideIcon,
} from 'lucide-react';
import type { ActionId } from '../../shared/actions';

export const ACTION_ICONS: Partial<Record<ActionId, LucideIcon>> = {
  'open-project': ArrowLeft,
  'add-step': SquarePlus,
  'add-stage': Columns3,
  'add-lane': Rows3,
  delete: Trash2,
  undo: Undo2,
  redo: Redo2,
  'auto-layout': WandSparkles,
  'fit-view': Maximize,
  outline: ListTree,
  insights: ChartColumn,
  personas: Users,
  voting: Vote,
  comments: MessageSquare,
  'add-comment': MessageSquarePlus,
  'filter-menu': ListFilter,
  export: Download,
  present: Presentation,
  shortcuts: Keyboard,
};

/** Icon size in the toolbar and menus, px. */
export const ICON_SIZE = 16;
