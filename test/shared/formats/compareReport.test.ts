import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands';
import { comparisonHtml, comparisonMarkdown, COMPARISON_STYLE } from '../../../shared/formats/compareReport';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { cspHash } from '../../../shared/formats/sha256';
import type { Project, Step } from '../../../shared/model';
import { supermarket } from '../commands/fixtures';

/** The supermarket with a "Future" state (edited by the commands) beside "Today". */
function withFuture(...commands: Command[]): Project {
  let p = applyCommand(supermarket(), {
    type: 'duplicateState',
    stateId: 'future',
    name: 'Future',
    current: { id: 'today', name: 'Today' },
  }).project;
  for (const c of commands) {
    const r = applyCommand(p, c);
    expect(r.rejected).toBeUndefined();
    p = r.project;
  }
  return p;
}

const selfScan: Step = {
  id: 'scan',
  stageId: 'pay',
  title: 'Self-scan <till> & go',
  description: '',
  kind: 'step',
  position: { x: 4000, y: 40 },
};

const edited = () =>
  withFuture(
    { type: 'addStep', step: selfScan },
    { type: 'removeSelection', stepIds: ['restock'], flowIds: [] },
    { type: 'updateStep', stepId: 'queue', changes: { stageId: 'shop' } },
    { type: 'updateMoment', stepId: 'ask', changes: { risk: { likelihood: 1 }, emotion: 1 } },
    { type: 'updateMetric', stepId: 'ask', metricId: 'k1', changes: { value: 1 } },
  );

describe('comparisonMarkdown', () => {
  it('names both states, counts the changes, gives each stage its figures and lists every change', () => {
    const md = comparisonMarkdown(edited(), 'today', 'future', exportLanguage('en'));
    expect(md).toContain('# Journey comparison: Supermarket visit');
    expect(md).toContain('Before: “Today”. After: “Future”.');
    expect(md).toContain('1 added, 1 removed, 1 moved, 1 changed');
    expect(md).toContain('### Shop');
    expect(md).toContain('| Figure | Today | Future | ± |');
    expect(md).toContain('| Risk (mean) | 12 | 4 | -8.00 |');
    // A metric without a name of its own is named by its kind, in the report's language.
    expect(md).toContain('| Metric: Waiting time | 4 | 1 | -3.00 |');
    expect(md).toContain('- Added: Self-scan \\<till\\> & go (in “Pay”)');
    expect(md).toContain('- Removed: Restock shelves (in “Shop”)');
    expect(md).toContain('- Moved: Queue at the till (from “Pay” to “Shop”)');
    expect(md).toContain('- Changed: Ask staff for help (changed: emotion, risk, metrics)');
  });

  it('is written in the chosen language', () => {
    const md = comparisonMarkdown(edited(), 'today', 'future', exportLanguage('hu'));
    expect(md).toContain('# Ügyfélutak összevetése: Supermarket visit');
    expect(md).toContain('| Mérőszám: ');
    expect(md).not.toContain('Journey comparison');
  });
});

describe('comparisonHtml', () => {
  const html = comparisonHtml(edited(), 'today', 'future', exportLanguage('en'));

  it('is one self-contained page: no script, no request, only its own style allowed', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`style-src ${cspHash(COMPARISON_STYLE)}`);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('sets the steps of each stage side by side with a sign and a word for each change, and the figures', () => {
    const shop = html.slice(html.indexOf('<h3>Shop</h3>'), html.indexOf('</section>', html.indexOf('<h3>Shop</h3>')));
    const [before, after] = shop.split('<div class="col">').slice(1);
    expect(before).toContain('<h4>Today');
    expect(before).toContain('<span class="mark removed"><span aria-hidden="true">−</span> Removed</span>');
    expect(before).toContain('Restock shelves');
    expect(after).toContain('<h4>Future');
    expect(after).not.toContain('Restock shelves');
    expect(after).toContain('Moved</span><span class="title">Queue at the till</span><span class="detail">from “Pay”');
    expect(after).toContain('Changed</span><span class="title">Ask staff for help</span>');
    // Risk fell: better, said by a sign and a title, not only a colour.
    expect(shop).toContain(
      '<th scope="row">Risk (mean)</th><td>12</td><td>4</td><td class="better" title="better">-8.00 ▲</td>',
    );
  });

  it('escapes what the user wrote', () => {
    expect(html).toContain('Self-scan &lt;till&gt; &amp; go');
    expect(html).not.toContain('<till>');
    const hostile = withFuture({ type: 'renameState', stateId: 'future', name: '<img src=x onerror=alert(1)>' });
    const page = comparisonHtml(hostile, 'today', 'future', exportLanguage('en'));
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is written in the chosen language', () => {
    const zh = comparisonHtml(edited(), 'today', 'future', exportLanguage('zh-CN'));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).not.toContain('Removed');
  });
});
