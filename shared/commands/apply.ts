/**
 * Apply a command to a project with immer, producing the patches that undo and redo replay.
 *
 * Refusal policy: an invalid command (an unknown id, an out-of-range value, removing the
 * last stage...) never throws. It returns the same project object, empty patch lists and a
 * `rejected` reason code, so callers can skip it with `patches.length === 0` and optionally
 * explain it. A valid command that changes nothing returns empty patches without a reason.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Project } from '../model/types';
import { clipboardHandlers } from './clipboard';
import type { Handlers, Plan } from './internal';
import { momentHandlers } from './moments';
import { projectHandlers } from './project';
import { stepHandlers } from './steps';
import { structureHandlers } from './structure';
import type { Command, CommandResult } from './types';

enablePatches();

const handlers: Handlers = {
  ...stepHandlers,
  ...clipboardHandlers,
  ...momentHandlers,
  ...structureHandlers,
  ...projectHandlers,
};

function plan(project: Project, command: Command): Plan {
  // A command from an older build or a bad caller may name no handler; `hasOwn` also keeps out `__proto__`.
  if (typeof command?.type !== 'string' || !Object.hasOwn(handlers, command.type)) return 'unknown-command';
  const handler = handlers[command.type] as (project: Project, command: Command) => Plan;
  return handler(project, command);
}

/**
 * Apply one command. Pure: the input project is not modified (immer freezes it),
 * and the same command on the same project gives the same result.
 *
 * @example
 * const { project: next, patches, inversePatches } = applyCommand(project, { type: 'renameProject', name: 'Checkout' });
 * // undo: applyPatchesToProject(next, inversePatches) deep-equals project
 */
export function applyCommand(project: Project, command: Command): CommandResult {
  const recipe = plan(project, command);
  if (typeof recipe === 'string') return { project, patches: [], inversePatches: [], rejected: recipe };
  const [next, patches, inversePatches] = produceWithPatches(project, recipe);
  return { project: next, patches, inversePatches };
}

/** True when the command would change the document: for menu and toolbar "enabled" states. */
export function canApplyCommand(project: Project, command: Command): boolean {
  return applyCommand(project, command).patches.length > 0;
}

/** Replay patches (undo with `inversePatches`, redo with `patches`). */
export function applyPatchesToProject(project: Project, patches: readonly Patch[]): Project {
  return applyPatches(project, patches);
}
