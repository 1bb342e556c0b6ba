/**
 * The HTML map's viewer: its style sheet and its script, as fixed strings written inline into
 * every exported file (the page's Content-Security-Policy allows exactly these two by their
 * SHA-256 hashes). Plain JavaScript for any current browser, with no module, import or
 * network access: it reads the page's own data block (`touchmap-viewer`: the viewer's words,
 * the rows and every step's panel) and the inline SVG drawn by the export drawing.
 *
 * What it does: pan (drag, arrow keys) and zoom (wheel, + and − keys and buttons, fit);
 * a click, or Enter on a focused step, opens the step's annotations in the side panel; row
 * check boxes show and hide the drawing's `row-<kind>` groups; the search box finds steps by
 * name, marks them and centres the first. Everything from the file is written as text
 * (`textContent`), never as markup.
 */

export const VIEWER_STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:grid;grid-template-rows:auto auto 1fr auto;grid-template-columns:1fr auto;grid-template-areas:"head head" "rows rows" "map panel" "foot foot";font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Helvetica Neue",Arial,sans-serif;color:#1d2430;background:#fff}
header{grid-area:head;display:flex;align-items:center;gap:16px;padding:12px 20px;border-bottom:1px solid #dfe5ee;background:#fff}
.title{flex:1;min-width:0}
h1{margin:0;font-size:20px;line-height:1.25;font-weight:700;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.subtitle{margin:2px 0 0;color:#5b6675;font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.find{position:relative}
.find input{width:300px;height:34px;padding:0 112px 0 10px;border:1px solid #c9d1dc;border-radius:8px;font:inherit;color:inherit;background:#fff}
.find input:focus{outline:2px solid #1f7ae0;outline-offset:1px;border-color:#1f7ae0}
.results{position:absolute;z-index:3;top:38px;right:0;width:320px;max-height:320px;overflow:auto;margin:0;padding:4px;list-style:none;background:#fff;border:1px solid #c9d1dc;border-radius:8px;box-shadow:0 8px 24px rgba(29,36,48,.14)}
.results button{display:block;width:100%;padding:6px 8px;border:0;border-radius:6px;background:none;font:inherit;color:inherit;text-align:left;cursor:pointer}
.results button:hover,.results button:focus{background:#e8f1fc;outline:none}
.results small{display:block;color:#5b6675;font-size:12px}
.status{position:absolute;top:9px;right:10px;margin:0;color:#5b6675;font-size:12px;white-space:nowrap;pointer-events:none}
.zoom{display:flex;gap:4px}
.zoom button,.panel-close{min-width:34px;height:34px;padding:0 10px;border:1px solid #c9d1dc;border-radius:8px;background:#fff;font:inherit;font-size:16px;color:inherit;cursor:pointer}
.zoom button.fit{font-size:13px}
.zoom button:hover,.panel-close:hover{background:#f0f3f7}
button:focus-visible,input[type=checkbox]:focus-visible{outline:2px solid #1f7ae0;outline-offset:1px}
.rows{grid-area:rows;display:flex;flex-wrap:wrap;align-items:center;gap:4px 16px;margin:0;padding:8px 20px;border:0;border-bottom:1px solid #dfe5ee;background:#fafbfc;font-size:13px}
.rows legend{float:left;margin-right:4px;padding:0;font-weight:600;color:#5b6675}
.rows label{display:inline-flex;align-items:center;gap:6px;cursor:pointer}
.rows[hidden]{display:none}
.map{grid-area:map;position:relative;overflow:hidden;background:#eef1f5;cursor:grab;touch-action:none}
.map:focus-visible{outline:3px solid #1f7ae0;outline-offset:-3px}
.map.dragging{cursor:grabbing}
.map svg{display:block;width:100%;height:100%;user-select:none;-webkit-user-select:none}
.map g.step{cursor:pointer}
.map g.step:focus{outline:none}
.ring{fill:none;pointer-events:none}
.ring.selected{stroke:#1f7ae0;stroke-width:3}
.ring.focus{stroke:#1f7ae0;stroke-width:2;stroke-dasharray:4 3}
.ring.found{stroke:#e8a200;stroke-width:3}
.panel{grid-area:panel;width:400px;overflow:auto;border-left:1px solid #dfe5ee;background:#fff;padding:18px 20px 24px}
.panel-head{display:flex;align-items:flex-start;gap:8px}
.panel-head h2{flex:1;margin:0;font-size:18px;line-height:1.3}
.panel-close{font-size:18px;line-height:1}
.place{margin:4px 0 8px;color:#5b6675;font-size:13px}
.tags{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px;padding:0;list-style:none}
.tags li{padding:2px 8px;border-radius:999px;background:#e8f1fc;color:#17508f;font-size:12px;font-weight:600}
.panel h3{margin:18px 0 6px;color:#5b6675;font-size:12px;font-weight:700;letter-spacing:.04em;text-transform:uppercase}
.panel p{margin:0;white-space:pre-wrap}
.panel .empty{color:#5b6675;margin-top:8px}
.panel dl{display:grid;grid-template-columns:minmax(96px,40%) 1fr;gap:4px 12px;margin:0}
.panel dt{color:#5b6675}
.panel dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.panel ul.items{margin:0;padding:0;list-style:none;display:grid;gap:6px}
.panel ul.items li{padding:6px 10px;border-left:3px solid #c9d1dc;background:#f6f7f9;border-radius:0 6px 6px 0;overflow-wrap:anywhere}
.panel ul.checks{margin:6px 0 0;padding:0;list-style:none}
.panel ul.checks li{display:flex;gap:8px;padding:2px 0}
.panel ul.checks .mark{width:16px;flex:none;color:#2e7d32;font-weight:700}
.panel ul.checks li.open .mark{color:#8894a5}
.panel table{width:100%;border-collapse:collapse;font-size:13px}
.panel thead th{font-size:12px}
.panel th,.panel td{padding:4px 4px;border-bottom:1px solid #eef1f5;text-align:right}
.panel th:first-child,.panel td:first-child{text-align:left}
.panel th{color:#5b6675;font-weight:600}
.panel tr.off td{color:#a4262c;font-weight:600}
.personas,.comments{position:relative}.personas summary,.comments summary{cursor:pointer;padding:6px 10px;border:1px solid #c9d1dc;border-radius:8px;list-style-position:inside}
.personas-list,.comments-list{position:absolute;right:0;top:calc(100% + 6px);z-index:6;width:min(360px,90vw);max-height:60vh;overflow:auto;background:#fff;border:1px solid #dfe5ee;border-radius:8px;box-shadow:0 8px 24px rgba(29,36,48,.18);padding:8px 14px}
.personas-list h3,.comments-list h3{margin:8px 0 2px;font-size:15px}.personas-list p,.comments-list p{margin:0 0 4px;white-space:pre-wrap}.personas-list .type,.comments-list .type{color:#5b6675;font-size:13px}.personas-list ul,.comments-list ul{margin:0 0 8px;padding-left:18px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{grid-area:foot;display:flex;gap:16px;justify-content:space-between;padding:6px 20px;border-top:1px solid #dfe5ee;color:#5b6675;font-size:12px;background:#fafbfc}
@media (max-width:820px){body{grid-template-columns:1fr;grid-template-areas:"head" "rows" "map" "foot"}.panel{position:fixed;right:0;top:0;bottom:0;z-index:4;width:min(380px,92vw);box-shadow:-8px 0 24px rgba(29,36,48,.18)}.panel.idle{display:none}.find input{width:160px}header{flex-wrap:wrap}}
@media print{.map{overflow:visible}header .find,header .zoom,.rows,footer{display:none}}
`;

export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('touchmap-viewer').textContent);
  var text = data.text;
  var map = document.getElementById('map');
  var svg = map.querySelector('svg');
  var panel = document.getElementById('panel');
  var search = document.getElementById('find');
  var results = document.getElementById('results');
  var status = document.getElementById('find-status');
  var SVGNS = svg.namespaceURI;
  var full = { w: Number(svg.getAttribute('data-width')), h: Number(svg.getAttribute('data-height')) };
  var view = { x: 0, y: 0, k: 1 };
  var steps = {};
  var order = [];
  var selected = null;
  var found = [];

  data.steps.forEach(function (s) { steps[s.id] = s; });
  svg.querySelectorAll('g.step[data-id]').forEach(function (g) {
    var step = steps[g.getAttribute('data-id')];
    if (!step) return;
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', step.title);
    order.push({ step: step, el: g });
  });
  function elOf(id) {
    for (var i = 0; i < order.length; i++) if (order[i].step.id === id) return order[i].el;
    return null;
  }

  /* View: the SVG's viewBox shows the map from (x, y) at k screen pixels per map pixel. */
  function size() { return { w: map.clientWidth || 1, h: map.clientHeight || 1 }; }
  function fitScale() { var s = size(); return Math.min(s.w / full.w, s.h / full.h) * 0.96; }
  function apply() {
    var s = size();
    svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + s.w / view.k + ' ' + s.h / view.k);
  }
  function clampK(k) { var f = fitScale(); return Math.max(Math.min(f, 1) * 0.5, Math.min(4, k)); }
  function fit() {
    var s = size();
    view.k = fitScale();
    view.x = (full.w - s.w / view.k) / 2;
    view.y = (full.h - s.h / view.k) / 2;
    apply();
  }
  function zoomAt(factor, sx, sy) {
    var s = size();
    if (sx === undefined) { sx = s.w / 2; sy = s.h / 2; }
    var ux = view.x + sx / view.k;
    var uy = view.y + sy / view.k;
    view.k = clampK(view.k * factor);
    view.x = ux - sx / view.k;
    view.y = uy - sy / view.k;
    apply();
  }
  /* The first view: the map's height in the window, no larger than actual size, from its left edge. */
  function start() {
    var s = size();
    view.k = clampK(Math.min(1, (s.h * 0.96) / full.h));
    if (full.w * view.k <= s.w) return fit();
    view.x = -8 / view.k;
    view.y = (full.h - s.h / view.k) / 2;
    apply();
  }
  function panBy(dx, dy) { view.x -= dx / view.k; view.y -= dy / view.k; apply(); }
  /* A step's box in map coordinates (from its place on screen). */
  function boxOf(el) {
    var r = el.getBoundingClientRect();
    var m = svg.getBoundingClientRect();
    return { x: view.x + (r.left - m.left) / view.k, y: view.y + (r.top - m.top) / view.k, w: r.width / view.k, h: r.height / view.k };
  }
  /* Bring a step to the middle, at a zoom it reads at; the rows under it stay in view if they were. */
  function centre(el) {
    var b = boxOf(el);
    var s = size();
    if (view.k < 0.6) view.k = clampK(Math.max(0.8, fitScale()));
    view.x = b.x + b.w / 2 - s.w / 2 / view.k;
    var top = view.y;
    var bottom = view.y + s.h / view.k;
    if (b.y < top || b.y + b.h > bottom) view.y = b.y + b.h / 2 - s.h / 2 / view.k;
    apply();
  }
  function visible(el) {
    var r = el.getBoundingClientRect();
    var m = map.getBoundingClientRect();
    return r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom;
  }

  /* Rings drawn around a step, in its own group's coordinates. */
  function ring(el, kind) {
    var b = el.getBBox();
    var r = document.createElementNS(SVGNS, 'rect');
    r.setAttribute('class', 'ring ' + kind);
    r.setAttribute('x', b.x - 5);
    r.setAttribute('y', b.y - 5);
    r.setAttribute('width', b.width + 10);
    r.setAttribute('height', b.height + 10);
    r.setAttribute('rx', 10);
    el.parentNode.appendChild(r);
    return r;
  }
  var rings = { selected: null, focus: null, found: [] };
  function drop(r) { if (r && r.parentNode) r.parentNode.removeChild(r); }

  /* The side panel. */
  function add(parent, tag, content, cls) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (content !== undefined) node.textContent = content;
    parent.appendChild(node);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function showEmpty() {
    clear(panel);
    panel.classList.add('idle');
    add(panel, 'h2', text.panel);
    add(panel, 'p', text.empty, 'empty');
  }
  function section(parent, s) {
    add(parent, 'h3', s.heading);
    if (s.text !== undefined) add(parent, 'p', s.text);
    if (s.items) {
      var ul = add(parent, 'ul', undefined, 'items');
      s.items.forEach(function (item) { add(ul, 'li', item); });
    }
    if (s.fields) {
      var dl = add(parent, 'dl');
      s.fields.forEach(function (f) { add(dl, 'dt', f[0]); add(dl, 'dd', f[1]); });
    }
    if (s.table) {
      var table = add(parent, 'table');
      var head = add(add(table, 'thead'), 'tr');
      s.table.head.forEach(function (h) { add(head, 'th', h).setAttribute('scope', 'col'); });
      var body = add(table, 'tbody');
      s.table.rows.forEach(function (row, r) {
        var tr = add(body, 'tr', undefined, s.table.marked && s.table.marked.indexOf(r) >= 0 ? 'off' : undefined);
        row.forEach(function (cell, i) {
          var c = add(tr, i === 0 ? 'th' : 'td', cell);
          if (i === 0) c.setAttribute('scope', 'row');
        });
      });
    }
    if (s.checks) {
      add(parent, 'p', s.summary);
      var list = add(parent, 'ul', undefined, 'checks');
      s.checks.forEach(function (c) {
        var li = add(list, 'li', undefined, c.done ? 'done' : 'open');
        add(li, 'span', c.done ? '\u2713' : '\u25CB', 'mark').setAttribute('aria-hidden', 'true');
        add(li, 'span', c.text);
        add(li, 'span', ' (' + c.state + ')', 'sr');
      });
    }
  }
  function open(id, opts) {
    var step = steps[id];
    var el = elOf(id);
    if (!step || !el) return;
    selected = id;
    drop(rings.selected);
    rings.selected = ring(el, 'selected');
    order.forEach(function (o) { o.el.setAttribute('aria-pressed', o.step.id === id ? 'true' : 'false'); });
    clear(panel);
    panel.classList.remove('idle');
    var headRow = add(panel, 'div', undefined, 'panel-head');
    var h2 = add(headRow, 'h2', step.title);
    h2.id = 'panel-title';
    var close = add(headRow, 'button', '\u00D7', 'panel-close');
    close.type = 'button';
    close.setAttribute('aria-label', text.close);
    close.addEventListener('click', function () { closePanel(true); });
    add(panel, 'p', step.place, 'place');
    if (step.tags.length) {
      var tags = add(panel, 'ul', undefined, 'tags');
      step.tags.forEach(function (t) { add(tags, 'li', t); });
    }
    step.sections.forEach(function (s) { section(panel, s); });
    panel.scrollTop = 0;
    if (opts && opts.centre) centre(el);
    else if (!visible(el)) centre(el);
  }
  function closePanel(refocus) {
    var id = selected;
    selected = null;
    drop(rings.selected);
    rings.selected = null;
    order.forEach(function (o) { o.el.setAttribute('aria-pressed', 'false'); });
    showEmpty();
    if (refocus && id && elOf(id)) elOf(id).focus();
  }

  /* Pointer: drag pans; a click without a drag on a step opens it. */
  var drag = null;
  map.addEventListener('pointerdown', function (e) {
    if (e.button !== 0) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false, target: e.target };
    map.setPointerCapture(e.pointerId);
  });
  map.addEventListener('pointermove', function (e) {
    if (!drag || drag.id !== e.pointerId) return;
    var dx = e.clientX - drag.x;
    var dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) map.classList.add('dragging');
    drag.moved = true;
    drag.x = e.clientX;
    drag.y = e.clientY;
    panBy(dx, dy);
  });
  function endDrag(e) {
    if (!drag || drag.id !== e.pointerId) return;
    var d = drag;
    drag = null;
    map.classList.remove('dragging');
    if (map.hasPointerCapture(e.pointerId)) map.releasePointerCapture(e.pointerId);
    if (d.moved || e.type === 'pointercancel') return;
    /* A step, or its cell in a row. */
    var g = d.target && d.target.closest ? d.target.closest('g.step[data-id], g.row-cell[data-id]') : null;
    if (g && steps[g.getAttribute('data-id')]) open(g.getAttribute('data-id'));
  }
  map.addEventListener('pointerup', endDrag);
  map.addEventListener('pointercancel', endDrag);
  map.addEventListener('wheel', function (e) {
    e.preventDefault();
    var m = map.getBoundingClientRect();
    var delta = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
    zoomAt(Math.exp(-delta * 0.0015), e.clientX - m.left, e.clientY - m.top);
  }, { passive: false });

  /* Keyboard: on the map, arrows pan, + and - zoom, 0 fits; on a step, Enter or Space opens it. */
  map.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var step = e.target.closest ? e.target.closest('g.step[data-id]') : null;
    var handled = true;
    if ((e.key === 'Enter' || e.key === ' ') && step) open(step.getAttribute('data-id'));
    else if (e.key === 'ArrowLeft') panBy(80, 0);
    else if (e.key === 'ArrowRight') panBy(-80, 0);
    else if (e.key === 'ArrowUp') panBy(0, 80);
    else if (e.key === 'ArrowDown') panBy(0, -80);
    else if (e.key === '+' || e.key === '=') zoomAt(1.25);
    else if (e.key === '-' || e.key === '_') zoomAt(0.8);
    else if (e.key === '0') fit();
    else handled = false;
    if (handled) e.preventDefault();
  });
  map.addEventListener('focusin', function (e) {
    var g = e.target.closest ? e.target.closest('g.step[data-id]') : null;
    drop(rings.focus);
    rings.focus = null;
    if (!g) return;
    rings.focus = ring(g, 'focus');
    if (!visible(g)) centre(g);
  });
  map.addEventListener('focusout', function () { drop(rings.focus); rings.focus = null; });
  document.addEventListener('keydown', function (e) {
    var typing = e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA');
    if (e.key === '/' && !typing) { e.preventDefault(); search.focus(); }
    else if (e.key === 'Escape' && !typing && selected) closePanel(true);
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(1.25); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(0.8); });
  document.getElementById('zoom-fit').addEventListener('click', fit);

  /*
   * Rows on and off: the drawing's row groups (class row-<kind>), stacked under the map. A row
   * turned off is hidden and the rows below it, and the legend, move up into its place.
   */
  var rowBar = document.getElementById('rows');
  var background = svg.querySelector('rect.background');
  var legend = svg.querySelector('g.legend');
  var band = [];
  data.rows.forEach(function (row) {
    var el = svg.querySelector('g.row.row-' + row.kind);
    if (!el) return;
    var b = el.getBBox();
    band.push({ row: row, el: el, y: b.y, h: b.height, shown: row.shown });
  });
  band.sort(function (a, b) { return a.y - b.y; });
  band.forEach(function (r, i) {
    var next = band[i + 1];
    var gap = band.length > 1 ? Math.max(0, band[1].y - band[0].y - band[0].h) : 0;
    r.step = next ? next.y - r.y : r.h + gap;
  });
  var fullHeight = full.h;
  function layoutRows() {
    var lift = 0;
    band.forEach(function (r) {
      if (r.shown) {
        r.el.removeAttribute('display');
        if (lift) r.el.setAttribute('transform', 'translate(0 ' + -lift + ')');
        else r.el.removeAttribute('transform');
      } else {
        r.el.setAttribute('display', 'none');
        lift += r.step;
      }
    });
    if (legend) {
      if (lift) legend.setAttribute('transform', 'translate(0 ' + -lift + ')');
      else legend.removeAttribute('transform');
    }
    full.h = fullHeight - lift;
    if (background) background.setAttribute('height', full.h);
  }
  data.rows.forEach(function (row) {
    var r = band.filter(function (b) { return b.row === row; })[0];
    if (!r) return;
    var label = add(rowBar, 'label');
    var box = add(label, 'input');
    box.type = 'checkbox';
    box.checked = r.shown;
    add(label, 'span', row.name);
    box.addEventListener('change', function () {
      r.shown = box.checked;
      layoutRows();
    });
    rowBar.hidden = false;
  });
  layoutRows();

  /* Find a step by name. */
  function norm(s) { return s.toLocaleLowerCase(data.lng).normalize('NFKD').replace(/[\u0300-\u036f]/g, ''); }
  function mark(list) {
    rings.found.forEach(drop);
    rings.found = list.map(function (o) { return ring(o.el, 'found'); });
  }
  function runSearch() {
    var q = norm(search.value.trim());
    clear(results);
    if (!q) {
      found = [];
      mark([]);
      results.hidden = true;
      status.textContent = '';
      return;
    }
    found = order.filter(function (o) { return norm(o.step.title).indexOf(q) !== -1; });
    mark(found);
    status.textContent = found.length ? text.matches.replace('{{count}}', found.length.toLocaleString(data.lng)) : text.noMatch;
    found.slice(0, 50).forEach(function (o) {
      var li = add(results, 'li');
      var b = add(li, 'button');
      b.type = 'button';
      add(b, 'span', o.step.title);
      add(b, 'small', o.step.place);
      b.addEventListener('click', function () { pick(o); });
      b.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' && li.nextSibling) { e.preventDefault(); li.nextSibling.firstChild.focus(); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); if (li.previousSibling) li.previousSibling.firstChild.focus(); else search.focus(); }
        else if (e.key === 'Escape') { e.preventDefault(); search.focus(); results.hidden = true; }
      });
    });
    results.hidden = found.length === 0;
  }
  function pick(o) {
    results.hidden = true;
    open(o.step.id, { centre: true });
    o.el.focus({ preventScroll: true });
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('focus', function () { if (results.firstChild) results.hidden = false; });
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (found.length) pick(found[0]);
    } else if (e.key === 'ArrowDown' && results.firstChild) {
      e.preventDefault();
      results.hidden = false;
      results.firstChild.firstChild.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      search.value = '';
      runSearch();
    }
  });
  document.addEventListener('pointerdown', function (e) {
    if (!e.target.closest || !e.target.closest('.find')) results.hidden = true;
  });

  window.addEventListener('resize', apply);
  showEmpty();
  start();
})();
`;
