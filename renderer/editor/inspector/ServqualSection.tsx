import { servqualGaps } from '../../../shared/analysis/servqual';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { Moment, ServqualWeights } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { Section, SelectField } from './fields';
import { DIMENSION_NAMES, EVIDENCE_OPTIONS, SERVQUAL_OPTIONS, signed } from './options';

function gapClass(gap: number | null): string {
  if (gap === null) return 'insp-gap';
  return gap < 0 ? 'insp-gap negative' : gap > 0 ? 'insp-gap positive' : 'insp-gap';
}

/**
 * Expectation (E) and perception (P) on 1-7 per dimension, with the gap P - E computed live,
 * the overall gap (plain mean and weighted with the project's weights), and the evidence.
 */
export function ServqualSection({
  stepId,
  servqual,
  weights,
}: {
  stepId: string;
  servqual: Moment['servqual'];
  weights: ServqualWeights;
}) {
  const gaps = servqualGaps(servqual, weights);
  return (
    <Section title="SERVQUAL">
      {/* One row group per dimension: its name above, E, P and the gap below, so each select
          is wide enough for its longest option ("7 very high"). */}
      <table className="insp-servqual">
        <thead>
          <tr>
            <th scope="col" title="Expectation, 1-7">
              E
            </th>
            <th scope="col" title="Perception, 1-7">
              P
            </th>
            <th scope="col" title="Gap: perception minus expectation">
              Gap
            </th>
          </tr>
        </thead>
        {SERVQUAL_DIMENSIONS.map((dim) => {
          const name = DIMENSION_NAMES[dim];
          const gap = gaps.perDimension[dim];
          return (
            <tbody key={dim}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="insp-servqual-dim">
                  {name}
                </th>
              </tr>
              <tr>
                <td>
                  <SelectField
                    label={`${name} expectation`}
                    hideLabel
                    value={servqual[dim].expectation}
                    options={SERVQUAL_OPTIONS}
                    onChange={(expectation) => updateMoment(stepId, { servqual: { [dim]: { expectation } } })}
                  />
                </td>
                <td>
                  <SelectField
                    label={`${name} perception`}
                    hideLabel
                    value={servqual[dim].perception}
                    options={SERVQUAL_OPTIONS}
                    onChange={(perception) => updateMoment(stepId, { servqual: { [dim]: { perception } } })}
                  />
                </td>
                <td className={gapClass(gap)} aria-label={`${name} gap`}>
                  {gap === null ? '–' : signed(gap)}
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
      <p className="insp-overall" role="status" aria-label="SERVQUAL overall gap">
        {gaps.weighted === null ? (
          'Overall gap: score E and P of at least one dimension'
        ) : (
          <>
            Weighted gap <strong className={gapClass(gaps.weighted)}>{signed(gaps.weighted, 2)}</strong>
            {gaps.mean !== null ? <> · mean {signed(gaps.mean, 2)}</> : null}
          </>
        )}
      </p>
      <SelectField
        label="Evidence"
        value={servqual.evidence}
        options={EVIDENCE_OPTIONS}
        onChange={(evidence) => updateMoment(stepId, { servqual: { evidence } })}
      />
    </Section>
  );
}
