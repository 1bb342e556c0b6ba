/**
 * The rows of the Journey outline: a WAI-ARIA tree (stages > steps > annotations and flows).
 * Rows are memoised on their outline entry (reused by buildOutline when unchanged), their
 * expanded and selected state and whether they hold the roving focus, so an edit or a
 * selection re-renders only the rows it touched.
 */
import { memo } from 'react';
import { useLanguage } from '../../i18n';
import { phrase, plural } from '../phrase';
import {
  detailKey,
  detailsOf,
  stepHasChildren,
  type OutlineFlow,
  type OutlineGroup,
  type OutlineStep,
} from './outlineModel';

/** Roving tabindex: exactly one item of the tree is in the Tab order. */
const tabIndex = (key: string, focusKey: string | null) => (key === focusKey ? 0 : -1);

function Twisty({ expanded }: { expanded: boolean | undefined }) {
  return (
    <span className="outline-twisty" aria-hidden="true">
      {expanded === undefined ? '' : expanded ? '▾' : '▸'}
    </span>
  );
}

const FlowItem = memo(function FlowItem({
  flow,
  level,
  selected,
  focusKey,
}: {
  flow: OutlineFlow;
  level: number;
  selected: boolean;
  focusKey: string | null;
}) {
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-selected={selected}
      aria-label={flow.name}
      data-key={flow.key}
      tabIndex={tabIndex(flow.key, focusKey)}
      className={`outline-item outline-flow${selected ? ' selected' : ''}`}
    >
      <div className="outline-row">
        <Twisty expanded={undefined} />
        <span className="outline-text">
          <span aria-hidden="true">→ </span>
          {flow.name}
        </span>
      </div>
    </li>
  );
});

export const StepItem = memo(function StepItem({
  step,
  expanded,
  selected,
  selectedFlows,
  focusKey,
}: {
  step: OutlineStep;
  expanded: boolean;
  selected: boolean;
  /** Ids of this step's flows that are selected, joined (a string, so memo compares by value). */
  selectedFlows: string;
  /** The focused key when it is this step or one of its children, else null. */
  focusKey: string | null;
}) {
  const expandable = stepHasChildren(step);
  const picked = new Set(selectedFlows ? selectedFlows.split('\n') : []);
  return (
    <li
      role="treeitem"
      aria-level={2}
      aria-selected={selected}
      aria-expanded={expandable ? expanded : undefined}
      aria-label={step.label}
      data-key={step.key}
      tabIndex={tabIndex(step.key, focusKey)}
      className={`outline-item outline-step${selected ? ' selected' : ''}`}
    >
      <div className="outline-row">
        <Twisty expanded={expandable ? expanded : undefined} />
        <span className="outline-text">
          <span className="outline-title">{step.title}</span>
          {step.summary.length > 0 && <span className="outline-summary">{step.summary.join(' · ')}</span>}
        </span>
      </div>
      {expandable && expanded && (
        <ul role="group">
          {detailsOf(step).map((text, i) => {
            const key = detailKey(step.id, i);
            return (
              <li
                key={key}
                role="treeitem"
                aria-level={3}
                aria-label={text}
                data-key={key}
                tabIndex={tabIndex(key, focusKey)}
                className="outline-item outline-detail"
              >
                <div className="outline-row">
                  <Twisty expanded={undefined} />
                  <span className="outline-text">{text}</span>
                </div>
              </li>
            );
          })}
          {step.flows.map((f) => (
            <FlowItem key={f.key} flow={f} level={3} selected={picked.has(f.id)} focusKey={focusKey} />
          ))}
        </ul>
      )}
    </li>
  );
});

export interface GroupProps {
  group: OutlineGroup;
  expanded: boolean;
  selected: boolean;
  focusKey: string | null;
  isExpanded: (key: string) => boolean;
  selectedSteps: ReadonlySet<string>;
  selectedFlows: ReadonlySet<string>;
  /** The item that holds an item, to tell which step holds the focused item. */
  parentOf: (key: string) => string | undefined;
}

/** A stage (or the steps in no stage, or the flows with a missing step) and what it holds. */
export function GroupItem({
  group,
  expanded,
  selected,
  focusKey,
  isExpanded,
  selectedSteps,
  selectedFlows,
  parentOf,
}: GroupProps) {
  // Said again in the new words when the UI language changes.
  useLanguage();
  const count =
    group.stageId !== undefined || group.steps.length
      ? plural('outline.steps', group.steps.length)
      : plural('outline.flows', group.flows.length);
  const expandable = group.steps.length + group.flows.length > 0;
  const focusedStep = focusKey === null ? null : focusKey.startsWith('step:') ? focusKey : (parentOf(focusKey) ?? null);
  return (
    <li
      role="treeitem"
      aria-level={1}
      aria-selected={group.stageId !== undefined ? selected : undefined}
      aria-expanded={expandable ? expanded : undefined}
      aria-label={phrase('outline.group', { label: group.label, count })}
      data-key={group.key}
      tabIndex={tabIndex(group.key, focusKey)}
      className={`outline-item outline-group${selected ? ' selected' : ''}`}
    >
      <div className="outline-row">
        <Twisty expanded={expandable ? expanded : undefined} />
        <span className="outline-text">
          <span className="outline-title">{group.label}</span> <span className="outline-count">{count}</span>
        </span>
      </div>
      {expandable && expanded && (
        <ul role="group">
          {group.steps.map((s) => (
            <StepItem
              key={s.key}
              step={s}
              expanded={isExpanded(s.key)}
              selected={selectedSteps.has(s.id)}
              selectedFlows={s.flows
                .filter((f) => selectedFlows.has(f.id))
                .map((f) => f.id)
                .join('\n')}
              focusKey={focusedStep === s.key ? focusKey : null}
            />
          ))}
          {group.flows.map((f) => (
            <FlowItem
              key={f.key}
              flow={f}
              level={2}
              selected={selectedFlows.has(f.id)}
              focusKey={focusKey === f.key ? focusKey : null}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
