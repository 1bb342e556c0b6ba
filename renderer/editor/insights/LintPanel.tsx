import { useMemo, useState } from 'react';
import { lintProject } from '../../../shared/analysis';
import { useDocument } from '../../state/documentStore';

/** Problems the journey has; each finding selects its step or flow. */
export function LintPanel() {
  const project = useDocument((s) => s.project);
  const findings = useMemo(() => (project ? lintProject(project) : []), [project]);
  const [open, setOpen] = useState(false);
  return (
    <section className="lint-panel" aria-label="Problems">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Problems ({findings.length})
      </button>
      {open && (
        <ul>
          {findings.length === 0 && <li className="muted">No problems found.</li>}
          {findings.map((f, i) => (
            <li key={`${f.code}-${f.stepId ?? f.flowId ?? i}`}>
              <button
                type="button"
                className="finding"
                onClick={() =>
                  useDocument
                    .getState()
                    .select({ stepIds: f.stepId ? [f.stepId] : [], flowIds: f.flowId ? [f.flowId] : [] })
                }
              >
                {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
