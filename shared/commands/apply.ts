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
import { commentHandlers } from './comments';
import type { Handlers, Plan } from './internal';
import { metricHandlers } from './metrics';
import { momentHandlers } from './moments';
import { personaHandlers } from './personas';
import { projectHandlers } from './project';
import { rowHandlers } from './rows';
import { stateHandlers } from './states';
import { stepHandlers } from './steps';
import { structureHandlers } from './structure';
import { surveyHandlers } from './survey';
import type { Command, CommandResult, RejectReason } from './types';
import { votingHandlers } from './voting';

enablePatches();

const handlers: Handlers = {
  ...stepHandlers,
  ...clipboardHandlers,
  ...momentHandlers,
  ...metricHandlers,
  ...structureHandlers,
  ...projectHandlers,
  ...personaHandlers,
  ...rowHandlers,
  ...stateHandlers,
  ...surveyHandlers,
  ...votingHandlers,
  ...commentHandlers,
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

/** Whether a command would change the document, and if not, the model's reason when it refuses it. */
export type CommandCheck = { ok: true } | { ok: false; reason?: RejectReason };

/**
 * Whether the command would change the document: for "enabled" states (toolbar, menu,
 * keyboard) and, when it would not, the model's refusal reason to tell the user
 * (no reason: a valid command that would change nothing).
 */
export function canApplyCommand(project: Project, command: Command): CommandCheck {
  const result = applyCommand(project, command);
  if (result.patches.length > 0) return { ok: true };
  return result.rejected ? { ok: false, reason: result.rejected } : { ok: false };
}

/** Replay patches (undo with `inversePatches`, redo with `patches`). */
export function applyPatchesToProject(project: Project, patches: readonly Patch[]): Project {
  return applyPatches(project, patches);
}
