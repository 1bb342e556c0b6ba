// @vitest-environment jsdom
/**
 * The renderer's filter list and its persistence: the store adds, replaces, removes and
 * clears; useMatchingSteps gives the bright steps; a project's saved filters come back when
 * it is opened (less a lane filter whose lane is gone), a change is written to the library
 * settings at once with the view, and none of it touches the document.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { Api, ProjectView } from '../../../shared/ipc';
import { buildTemplate } from '../../../shared/templates';
import { useDocument } from '../../../renderer/state/documentStore';
import { useFilters, useMatchingSteps } from '../../../renderer/state/filters';
import { beginView, loadViews, startViewState, useViewState } from '../../../renderer/state/viewState';

const NOW = '2026-01-01T00:00:00.000Z';
const project = () => {
  const p = buildTemplate('supermarket', { id: 'p1', name: 'Shop', now: NOW });
  p.lanes = [{ id: 'front', name: 'Front' }];
  return p;
};

function stubApi(views: Record<string, ProjectView>) {
  const written: Record<string, ProjectView>[] = [];
  const api = {
    getSettings: vi.fn(async () => ({ ok: true, value: { views } })),
    setSettings: vi.fn(async ({ settings }: { settings: { views: Record<string, ProjectView> } }) => {
      written.push(structuredClone(settings.views));
      return { ok: true, value: {} };
    }),
  };
  window.touchmap = api as unknown as Api;
  return { api, written };
}

afterEach(() => {
  useFilters.setState({ filters: [], menuOpen: false });
  useViewState.setState({ views: null });
});

describe('the filter store', () => {
  it('adds once, replaces a channel, removes and clears', () => {
    const s = () => useFilters.getState();
    s().add({ kind: 'momentsOfTruth' });
    s().add({ kind: 'momentsOfTruth' });
    s().add({ kind: 'channel', channel: 'web' });
    s().add({ kind: 'channel', channel: 'phone' });
    expect(s().filters).toEqual([{ kind: 'momentsOfTruth' }, { kind: 'channel', channel: 'phone' }]);
    s().remove({ kind: 'momentsOfTruth' });
    expect(s().filters).toEqual([{ kind: 'channel', channel: 'phone' }]);
    s().clear();
    expect(s().filters).toEqual([]);
  });

  it('useMatchingSteps: null without filters, the bright steps with them, the same set while nothing changes', () => {
    useDocument.getState().open(project());
    const { result, rerender } = renderHook(() => useMatchingSteps());
    expect(result.current).toBeNull();
    act(() => useFilters.getState().add({ kind: 'momentsOfTruth' }));
    expect([...(result.current ?? [])]).toEqual(['sm-ask-help', 'sm-pay-step']);
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('filters in the view state', () => {
  const saved: ProjectView = {
    x: 0,
    y: 0,
    zoom: 1,
    lens: 'none',
    sense: 'sight',
    at: 1,
    filters: [{ kind: 'lane', laneId: 'gone' }, { kind: 'momentsOfTruth' }, { kind: 'lane', laneId: 'front' }],
  };

  it('restores a project’s filters on opening it, dropping a lane that is gone', async () => {
    stubApi({ p1: saved });
    useDocument.getState().open(project());
    await loadViews();
    beginView('p1', () => ({ x: 0, y: 0, zoom: 1 }));
    expect(useFilters.getState().filters).toEqual([{ kind: 'momentsOfTruth' }, { kind: 'lane', laneId: 'front' }]);
  });

  it('writes a change of the filters at once, with the view; never the document; cleared on closing', async () => {
    const { written } = stubApi({});
    useDocument.getState().open(project());
    await loadViews();
    const stop = startViewState();
    beginView('p1', () => ({ x: 5, y: 6, zoom: 0.5 }));
    expect(useFilters.getState().filters).toEqual([]);
    const revision = useDocument.getState().revision;
    useFilters.getState().add({ kind: 'painPoints' });
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written[0].p1).toMatchObject({ x: 5, y: 6, zoom: 0.5, filters: [{ kind: 'painPoints' }] });
    expect(useDocument.getState().revision).toBe(revision);
    expect(useDocument.getState().saveStatus).toBe('saved');
    stop();
    expect(useFilters.getState().filters).toEqual([]);
  });

  it('drops a lane filter when an edit removes its lane', async () => {
    stubApi({});
    useDocument.getState().open(project());
    await loadViews();
    const stop = startViewState();
    beginView('p1', () => ({ x: 0, y: 0, zoom: 1 }));
    useFilters.getState().add({ kind: 'lane', laneId: 'front' });
    useFilters.getState().add({ kind: 'painPoints' });
    useDocument.getState().dispatch({ type: 'removeLane', laneId: 'front' });
    expect(useFilters.getState().filters).toEqual([{ kind: 'painPoints' }]);
    stop();
  });
});
