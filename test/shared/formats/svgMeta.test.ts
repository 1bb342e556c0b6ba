import { describe, expect, it } from 'vitest';
import { SVG_PROJECT_NAMESPACE, extractProjectFromSvg, svgProjectMetadata } from '../../../shared/formats/svgMeta';
import { parseXml } from './drawing/support';

const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}<rect width="1" height="1"/></svg>`;

describe('SVG project metadata', () => {
  it('stores the project as escaped JSON text that reads back unchanged', () => {
    const project = { name: '<b> & ]]> "x"', nested: { list: [1, '\uFFFF', '在'] } };
    const svg = wrap(svgProjectMetadata(project));
    parseXml(svg);
    expect(JSON.parse(extractProjectFromSvg(svg)!)).toEqual(project);
  });

  it('finds the element whatever prefix an editor gave it, and reads CDATA', () => {
    const svg = wrap(
      `<metadata><ns0:project xmlns:ns0="${SVG_PROJECT_NAMESPACE}"><![CDATA[{"a":"<&>"}]]>&#x20;</ns0:project></metadata>`,
    );
    parseXml(svg);
    expect(extractProjectFromSvg(svg)).toBe('{"a":"<&>"}');
  });

  it('ignores elements named project from other namespaces, and SVGs without a project', () => {
    expect(
      extractProjectFromSvg(wrap('<metadata><x:project xmlns:x="urn:other">{}</x:project></metadata>')),
    ).toBeNull();
    expect(extractProjectFromSvg(wrap(''))).toBeNull();
    expect(extractProjectFromSvg('not xml at all')).toBeNull();
  });
});
