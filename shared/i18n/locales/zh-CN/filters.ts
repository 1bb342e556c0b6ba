import type { Messages } from '../../messages';

/** zh-CN: the map filters and their chips (renderer/editor/filters), translated from ../en/filters.ts. */
export const filters: Messages = {
  filters: {},
};
