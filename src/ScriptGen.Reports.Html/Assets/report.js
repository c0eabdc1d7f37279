// Draws the ScriptGen report from the JSON in #report-data with plotly.js (inlined above): candles, what the
// script drew (plots in their styles, shapes and characters, its own candles, hlines, fills, bar and background
// colors), trade markers, equity and drawdown in panes that share one time axis, so zoom and pan move
// them together and each pane's scale follows what is visible. Like a trading chart, it draws about one candle
// per pixel or two: the whole history as candles of many bars, and every bar once zoomed in far enough
// (each zoom or pan redraws the visible stretch at the matching level). Then the pageable trade list.
(function () {
  'use strict';
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var chart = document.getElementById('chart');

  function unpack(packed) {
    var text = atob(packed.b);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return packed.f === 'f4' ? new Float32Array(bytes.buffer) : new Float64Array(bytes.buffer);
  }

  var time = unpack(report.time), n = time.length;
  var open = unpack(report.open), high = unpack(report.high), low = unpack(report.low), close = unpack(report.close);
  // What the script drew. An element's per-candle colors are palette indexes (NaN: none, drawn in its own color if it has one).
  var palette = report.palette || [];
  function load(e) { e.colorIndexes = e.colors ? unpack(e.colors) : null; return e; }
  function colorAt(e, i) {
    if (!e.colorIndexes) return e.color || null;
    var c = e.colorIndexes[i];
    return c === c ? palette[c] : e.color || null;
  }
  var plots = report.plots.map(function (p) { p.values = unpack(p.values); return load(p); });
  var shapes = (report.shapes || []).map(function (s) { s.values = unpack(s.values); return load(s); });
  var scriptCandles = (report.candles || []).map(function (c) {
    c.open = unpack(c.open); c.high = unpack(c.high); c.low = unpack(c.low); c.close = unpack(c.close); return load(c);
  });
  var hlines = report.hlines || [], fills = (report.fills || []).map(load);
  var backgrounds = (report.barColors || []).filter(function (b) { return b.background; }).map(load);
  var barPaints = (report.barColors || []).filter(function (b) { return !b.background; }).map(load);
  function isShown(s, value) { return value === value && (value !== 0 || s.location === 'absolute'); }
  var isStrategy = !!report.equity;
  var equity = isStrategy ? unpack(report.equity) : null, drawdown = isStrategy ? unpack(report.drawdown) : null;
  var markerKinds = isStrategy ? [
    { group: report.markers.longEntries, name: 'Long entry', symbol: 'triangle-up', color: '#089981', describe: function (t) { return entryText(t); } },
    { group: report.markers.shortEntries, name: 'Short entry', symbol: 'triangle-down', color: '#f23645', describe: function (t) { return entryText(t); } },
    { group: report.markers.exits, name: 'Exit', symbol: 'x-thin-open', color: '#5d606b', describe: function (t) { return exitText(t); } }
  ] : [];
  markerKinds.forEach(function (kind) { kind.prices = unpack(kind.group.prices); });
  var lowerPlots = !report.overlay && (plots.length + shapes.length + scriptCandles.length + hlines.length + fills.length + backgrounds.length) > 0;

  // Panes from the top: price, the plots of a script drawn below price, equity, drawdown.
  var panes = [{ axis: 'y', weight: 5, title: 'Price' }];
  if (lowerPlots) panes.push({ axis: 'y2', weight: 2, title: report.title });
  if (isStrategy) {
    panes.push({ axis: 'y' + (panes.length + 1), weight: 2, title: 'Equity (' + report.currency + ')' });
    panes.push({ axis: 'y' + (panes.length + 1), weight: 1.3, title: 'Drawdown %' });
  }
  var gap = 0.035, total = panes.reduce(function (s, p) { return s + p.weight; }, 0), top = 1, usable = 1 - gap * (panes.length - 1);
  panes.forEach(function (pane) {
    var height = usable * pane.weight / total;
    pane.domain = [Math.max(0, top - height), top];
    top -= height + gap;
  });
  var plotAxis = lowerPlots ? 'y2' : 'y';
  var equityAxis = isStrategy ? panes[panes.length - 2].axis : null, drawdownAxis = isStrategy ? panes[panes.length - 1].axis : null;
  // Shapes at the top or bottom of the script's pane stand on an invisible 0-1 axis laid over it.
  var edgeAxis = shapes.some(function (s) { return s.location === 'top' || s.location === 'bottom'; }) ? 'y' + (panes.length + 1) : null;
  function axisKey(axis) { return axis === 'y' ? 'yaxis' : 'yaxis' + axis.substring(1); }

  // Levels of detail: candles of k consecutive bars, k from 1, 2, 3, 4, 6, 8, 12, 16, 24, ... aligned on multiples of
  // k so candles stay put while panning; the level keeps the visible candles near one per 1.5 pixels.
  function target() { return Math.max(200, Math.min(3000, Math.round((chart.clientWidth || 1200) / 1.5))); }
  function levelFor(bars) {
    var most = target(), step = 0, k = 1;
    while (bars / k > most) k = ladder(++step);
    return k;
  }
  function ladder(step) { return step === 0 ? 1 : step % 2 === 1 ? 2 << ((step - 1) >> 1) : 3 << ((step - 2) >> 1); }

  function first(t) { var lo = 0, hi = n; while (lo < hi) { var mid = (lo + hi) >> 1; if (time[mid] < t) lo = mid + 1; else hi = mid; } return lo; }

  // The candles, plots, equity and drawdown of bars [i0, i1] and as much again on each side, at the level for i0..i1.
  function build(i0, i1) {
    var k = levelFor(i1 - i0 + 1), w = i1 - i0 + 1;
    var s = Math.max(0, Math.floor((i0 - w) / k) * k), e = Math.min(n - 1, i1 + w), m = Math.ceil((e - s + 1) / k);
    var v = { k: k, start: s, end: e, x: new Float64Array(m), open: new Float64Array(m), high: new Float64Array(m), low: new Float64Array(m),
      close: new Float64Array(m), plots: plots.map(function () { return new Float64Array(m); }),
      plotColors: plots.map(function () { return new Array(m); }),
      shapes: shapes.map(function () { return { values: new Float64Array(m), colors: new Array(m) }; }),
      candles: scriptCandles.map(function () {
        return { open: new Float64Array(m), high: new Float64Array(m), low: new Float64Array(m), close: new Float64Array(m), colors: new Array(m) };
      }),
      fills: fills.map(function () { return new Array(m); }),
      backgrounds: backgrounds.map(function () { return new Array(m); }),
      paint: new Array(m) };
    if (isStrategy) { v.equity = new Float64Array(m); v.drawdown = new Float64Array(m); }
    for (var j = 0; j < m; j++) {
      var a = s + j * k, b = Math.min(e, a + k - 1), h = high[a], l = low[a], d = isStrategy ? drawdown[a] : 0;
      for (var i = a + 1; i <= b; i++) {
        if (high[i] > h) h = high[i];
        if (low[i] < l) l = low[i];
        if (isStrategy && drawdown[i] < d) d = drawdown[i];
      }
      v.x[j] = time[a]; v.open[j] = open[a]; v.close[j] = close[b]; v.high[j] = h; v.low[j] = l;
      for (var p = 0; p < plots.length; p++) { v.plots[p][j] = plots[p].values[b]; v.plotColors[p][j] = colorAt(plots[p], b); }
      aggregateDrawings(v, j, a, b);
      if (isStrategy) { v.equity[j] = equity[b]; v.drawdown[j] = d; }
    }
    v.markers = markerKinds.map(function (kind) { return markersOf(kind, s, e, k); });
    return v;
  }

  // A candle of several bars shows the last shape any of its bars shows, the script's own candles aggregated as the
  // price candles are, and the colors of its last bar; the price candle takes the color of the last barcolor call.
  function aggregateDrawings(v, j, a, b) {
    shapes.forEach(function (s, q) {
      var out = v.shapes[q], i = b;
      while (i >= a && !isShown(s, s.values[i])) i--;
      out.values[j] = i >= a ? s.values[i] : NaN; out.colors[j] = i >= a ? colorAt(s, i) : null;
    });
    scriptCandles.forEach(function (c, q) {
      var out = v.candles[q], h = NaN, l = NaN;
      for (var i = a; i <= b; i++) {
        if (!(c.high[i] <= h)) h = c.high[i] === c.high[i] ? c.high[i] : h;
        if (!(c.low[i] >= l)) l = c.low[i] === c.low[i] ? c.low[i] : l;
      }
      out.open[j] = c.open[a]; out.high[j] = h; out.low[j] = l; out.close[j] = c.close[b]; out.colors[j] = colorAt(c, b);
    });
    fills.forEach(function (f, q) { v.fills[q][j] = colorAt(f, b); });
    backgrounds.forEach(function (g, q) { v.backgrounds[q][j] = colorAt(g, b); });
    v.paint[j] = null;
    barPaints.forEach(function (g) { var c = colorAt(g, b); if (c) v.paint[j] = c; });
  }

  // A kind's markers within bars s..e, one per drawn candle: the fills of one candle share a marker that lists them.
  var trades = report.trades || [];
  function markersOf(kind, s, e, k) {
    var out = { x: [], y: [], text: [] }, lines = [], last = -1, candles = kind.group.candles;
    function flush() {
      if (!lines.length) return;
      out.text.push(lines.length <= 5 ? lines.join('<br>') : lines.slice(0, 5).join('<br>') + '<br>... and ' + (lines.length - 5) + ' more');
      lines = [];
    }
    for (var i = 0; i < candles.length; i++) {
      var c = candles[i];
      if (c < s || c > e) continue;
      var drawn = Math.floor(c / k) * k;
      if (drawn !== last) { flush(); out.x.push(time[drawn]); out.y.push(kind.prices[i]); last = drawn; }
      if (lines.length <= 5) lines.push(kind.describe(trades[kind.group.rows[i]])); else lines.push('');
    }
    flush();
    return out;
  }

  // Plotly reads hover text as a little HTML: the script's own words (signals) are escaped.
  function escape(text) { return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function entryText(t) { return '#' + t[0] + ' ' + t[1] + ' entry ' + escape(t[3]) + ' @ ' + t[4] + ' &times; ' + t[8]; }
  function exitText(t) { return '#' + t[0] + ' exit ' + escape(t[6]) + ' @ ' + t[7] + ', P&amp;L ' + t[9]; }
  function timeText(ms) { return new Date(ms).toISOString().substring(0, 16).replace('T', ' '); }

  function traces(v) {
    var list = [];
    // The price candles; those a barcolor call paints, one trace per color (plotly colors candles by direction only).
    var painted = groupBy(v.paint, 12);
    list.push(candleTrace('candlestick', 'Price', v, v, 'y', function (j) { return !v.paint[j] || !painted.has(v.paint[j]); }, null, false));
    painted.forEach(function (rows, color) {
      list.push(candleTrace('candlestick', 'Price', v, v, 'y', function (j) { return v.paint[j] === color; }, color, false));
    });
    fills.forEach(function (f, q) { fillTraces(list, f, v, v.fills[q]); });
    plots.forEach(function (p, i) { plotTraces(list, p, v, i); });
    scriptCandles.forEach(function (c, q) {
      var d = v.candles[q], axis = report.overlay ? 'y' : plotAxis, type = c.bar ? 'ohlc' : 'candlestick', colored = groupBy(d.colors, 12);
      list.push(candleTrace(type, c.title, d, v, axis, function (j) { return !d.colors[j] || !colored.has(d.colors[j]); }, null, true));
      colored.forEach(function (rows, color) {
        list.push(candleTrace(type, c.title, d, v, axis, function (j) { return d.colors[j] === color; }, color, false));
      });
    });
    hlines.forEach(function (h) {
      list.push({ type: 'scatter', mode: 'lines', name: h.title, x: fullRange, y: [h.price, h.price], yaxis: plotAxis, hoverinfo: 'skip',
        line: { color: h.color, width: h.lineWidth, dash: h.dash } });
    });
    shapes.forEach(function (s, q) { list.push(shapeTrace(s, v.shapes[q], v)); });
    var shown = v.markers.reduce(function (sum, m) { return sum + m.x.length; }, 0), size = shown > 400 ? 6 : 9;
    markerKinds.forEach(function (kind, i) {
      list.push({ type: 'scatter', mode: 'markers', name: kind.name, x: v.markers[i].x, y: v.markers[i].y, text: v.markers[i].text,
        hovertemplate: '%{text}<extra></extra>', yaxis: 'y',
        marker: { symbol: kind.symbol, size: size, color: kind.color, line: { width: kind.symbol.indexOf('open') >= 0 ? 1.5 : 0, color: kind.color } } });
    });
    if (isStrategy) {
      list.push({ type: 'scatter', mode: 'lines', name: 'Equity', x: v.x, y: v.equity, yaxis: equityAxis,
        line: { color: '#2962ff', width: 1.5 }, hovertemplate: '%{y:,.' + report.moneyDecimals + 'f}' });
      list.push({ type: 'scatter', mode: 'lines', name: 'Drawdown %', x: v.x, y: v.drawdown, yaxis: drawdownAxis,
        fill: 'tozeroy', line: { color: '#f23645', width: 1 }, fillcolor: 'rgba(242,54,69,0.25)', hovertemplate: '%{y:.2f} %' });
    }
    return list;
  }

  // Indexes of the rows of each distinct color (nulls left out), for at most `most` colors.
  function groupBy(colors, most) {
    var groups = new Map();
    for (var j = 0; j < colors.length; j++) {
      var c = colors[j];
      if (!c) continue;
      if (!groups.has(c)) { if (groups.size >= most) continue; groups.set(c, []); }
      groups.get(c).push(j);
    }
    return groups;
  }

  // The candles of rows `keep` accepts (and that have a value: plotly would draw the others as broken boxes).
  function candleTrace(type, name, d, v, axis, keep, color, legend) {
    var rows = [];
    for (var j = 0; j < v.x.length; j++) if (keep(j) && d.close[j] === d.close[j] && d.open[j] === d.open[j]) rows.push(j);
    function only(values) { var out = new Float64Array(rows.length); for (var r = 0; r < rows.length; r++) out[r] = values[rows[r]]; return out; }
    var up = color || '#089981', down = color || '#f23645';
    return { type: type, name: name, x: only(v.x), open: only(d.open), high: only(d.high), low: only(d.low), close: only(d.close), yaxis: axis,
      showlegend: legend, legendgroup: name, whiskerwidth: 0,
      increasing: { line: { color: up, width: 1 }, fillcolor: up }, decreasing: { line: { color: down, width: 1 }, fillcolor: down } };
  }

  // A plot in its style: lines (one trace per color, each segment colored by the bar it ends on), steps, histogram
  // and columns from histBase, circles, crosses, areas down to histBase.
  function plotTraces(list, p, v, i) {
    var y = v.plots[i], colors = v.plotColors[i], width = p.lineWidth, hover = '%{y:.' + decimalsFor(p.values) + 'f}';
    var base = { name: p.title, x: v.x, yaxis: plotAxis, legendgroup: 'plot' + i };
    function trace(extra) { var t = Object.assign({}, base); return Object.assign(t, extra); }
    var span = 2 * half * v.k;
    if (p.style === 'histogram' || p.style === 'columns') {
      var heights = new Float64Array(y.length);
      for (var j = 0; j < y.length; j++) heights[j] = y[j] - p.histBase;
      list.push(trace({ type: 'bar', y: heights, base: p.histBase, width: span * (p.style === 'columns' ? 0.7 : Math.min(0.5, 0.15 * width)),
        customdata: y, hovertemplate: '%{customdata:.' + decimalsFor(p.values) + 'f}', marker: { color: colors, line: { width: 0 } } }));
    } else if (p.style === 'circles' || p.style === 'cross') {
      var cross = p.style === 'cross';
      list.push(trace({ type: 'scatter', mode: 'markers', y: y, hovertemplate: hover, marker: cross
        ? { symbol: 'cross-thin-open', size: 6 + 2 * width, line: { color: colors, width: Math.max(1, width) } }
        : { symbol: 'circle', size: 3 + 2 * width, color: colors } }));
    } else if (p.style === 'area' || p.style === 'areabr') {
      if (p.histBase !== 0) {
        list.push(trace({ type: 'scatter', mode: 'lines', y: y.map(function () { return p.histBase; }), showlegend: false, hoverinfo: 'skip', line: { width: 0 } }));
      }
      list.push(trace({ type: 'scatter', mode: 'lines', y: y, hovertemplate: hover, connectgaps: p.style === 'area',
        fill: p.histBase !== 0 ? 'tonexty' : 'tozeroy', fillcolor: fade(p.color, 0.35), line: { color: p.color, width: width } }));
    } else {
      var shape = p.style === 'stepline' ? 'hv' : 'linear', groups = groupBy(colors, 8), first = true;
      if (groups.size <= 1) {
        list.push(trace({ type: 'scatter', mode: 'lines', y: y, hovertemplate: hover, connectgaps: p.style !== 'linebr',
          line: { color: groups.size ? groups.keys().next().value : p.color, width: width, shape: shape } }));
        return;
      }
      groups.forEach(function (rows, color) {
        var part = new Float64Array(y.length).fill(NaN);
        rows.forEach(function (j) { part[j] = y[j]; if (j > 0) part[j - 1] = y[j - 1]; });
        list.push(trace({ type: 'scatter', mode: 'lines', y: part, hovertemplate: hover, showlegend: first, connectgaps: false,
          line: { color: color, width: width, shape: shape } }));
        first = false;
      });
    }
  }

  // A fill: between two hlines, a band over the whole chart; between two plots, one closed shape per run of candles
  // of one color (each segment colored by the bar it ends on), one trace per color.
  function fillTraces(list, f, v, colors) {
    var common = { type: 'scatter', mode: 'lines', fill: 'toself', line: { width: 0 }, hoverinfo: 'skip', name: f.title, legendgroup: 'fill' + f.title, yaxis: plotAxis };
    if (f.hlines) {
      var a = hlines.filter(function (h) { return h.index === f.first; })[0], b = hlines.filter(function (h) { return h.index === f.second; })[0];
      var color = null;
      for (var j = colors.length - 1; j >= 0 && !color; j--) color = colors[j];
      if (a && b && color) {
        list.push(Object.assign({}, common, { x: [fullRange[0], fullRange[1], fullRange[1], fullRange[0]], y: [a.price, a.price, b.price, b.price], fillcolor: color }));
      }
      return;
    }
    var upper = v.plots[f.first], lower = v.plots[f.second], shapes = new Map();
    for (var k = 1; k < colors.length; k++) {
      var c = colors[k];
      if (!c || !(isFinite(upper[k]) && isFinite(lower[k]) && isFinite(upper[k - 1]) && isFinite(lower[k - 1]))) continue;
      var runs = shapes.get(c) || (shapes.set(c, []), shapes.get(c)), run = runs[runs.length - 1];
      if (run && run.end === k - 1) run.end = k; else runs.push({ start: k - 1, end: k });
    }
    var shown = true;
    shapes.forEach(function (runs, color) {
      var x = [], y = [];
      runs.forEach(function (run) {
        for (var j = run.start; j <= run.end; j++) { x.push(v.x[j]); y.push(upper[j]); }
        for (var j2 = run.end; j2 >= run.start; j2--) { x.push(v.x[j2]); y.push(lower[j2]); }
        x.push(null); y.push(null);
      });
      list.push(Object.assign({}, common, { x: x, y: y, fillcolor: color, showlegend: shown }));
      shown = false;
    });
  }

  var shapeSymbols = { xcross: 'x-thin-open', cross: 'cross-thin-open', circle: 'circle', triangleup: 'triangle-up', triangledown: 'triangle-down',
    flag: 'star', arrowup: 'arrow-up', arrowdown: 'arrow-down', labelup: 'triangle-up', labeldown: 'triangle-down', square: 'square', diamond: 'diamond' };
  var shapeSizes = { auto: 10, tiny: 6, small: 9, normal: 13, large: 18, huge: 26 };

  // A shape or character: above the candle's high, below its low, at the top or bottom of the script's pane, or at the
  // price the series gave; its text beside it.
  function shapeTrace(s, d, v) {
    var x = [], y = [], colors = [], texts = [];
    var axis = s.location === 'abovebar' || s.location === 'belowbar' ? 'y' : s.location === 'absolute' ? plotAxis : edgeAxis;
    for (var j = 0; j < d.values.length; j++) {
      if (!isShown(s, d.values[j])) continue;
      x.push(v.x[j]);
      y.push(s.location === 'abovebar' ? v.high[j] : s.location === 'belowbar' ? v.low[j] : s.location === 'top' ? 0.95 : s.location === 'bottom' ? 0.05 : d.values[j]);
      colors.push(d.colors[j] || s.color);
      texts.push(s.char ? s.char + (s.text ? '<br>' + s.text : '') : s.text);
    }
    var below = s.location === 'belowbar' || s.location === 'bottom', size = shapeSizes[s.size] || 10;
    var trace = { type: 'scatter', name: s.title, x: x, y: y, yaxis: axis, text: texts, hoverinfo: 'name',
      textposition: below ? 'bottom center' : 'top center' };
    if (s.char) {
      trace.mode = 'text';
      trace.textfont = { color: colors, size: size + 2 };
    } else {
      var symbol = shapeSymbols[s.shape] || 'x-thin-open';
      trace.mode = s.text ? 'markers+text' : 'markers';
      trace.marker = { symbol: symbol, size: size, color: colors, line: { color: colors, width: symbol.indexOf('open') >= 0 ? 2 : 0 } };
      trace.textfont = { color: colors };
    }
    return trace;
  }

  // A CSS rgba() color with its alpha multiplied by `factor`.
  function fade(color, factor) {
    var m = /rgba\(([^,]+),([^,]+),([^,]+),([^)]+)\)/.exec(color || '');
    return m ? 'rgba(' + m[1] + ',' + m[2] + ',' + m[3] + ',' + (parseFloat(m[4]) * factor).toFixed(3) + ')' : color;
  }

  function decimalsFor(values) {
    var largest = 0;
    for (var i = 0; i < values.length; i += Math.max(1, values.length >> 8)) if (isFinite(values[i])) largest = Math.max(largest, Math.abs(values[i]));
    return largest >= 1000 ? 2 : largest >= 1 ? Math.max(2, report.priceDecimals) : 6;
  }

  // Each pane's scale fits the candles and lines between times t0 and t1.
  function fit(v, t0, t1) {
    var ranges = {}, j0 = 0, j1 = v.x.length - 1;
    while (j0 < j1 && v.x[j0 + 1] <= t0) j0++;
    while (j1 > j0 && v.x[j1] > t1) j1--;
    function extend(axis, values, all) {
      var r = ranges[axis] || (ranges[axis] = [Infinity, -Infinity]);
      var from = all ? 0 : j0, to = all ? values.length - 1 : j1;
      for (var j = from; j <= to; j++) { var y = values[j]; if (y === y) { if (y < r[0]) r[0] = y; if (y > r[1]) r[1] = y; } }
    }
    extend('yaxis', v.low); extend('yaxis', v.high);
    var scriptKey = axisKey(plotAxis);
    v.plots.forEach(function (values, i) {
      extend(scriptKey, values);
      if (plots[i].style === 'histogram' || plots[i].style === 'columns' || plots[i].style === 'area' || plots[i].style === 'areabr') {
        extend(scriptKey, [plots[i].histBase], true);
      }
    });
    v.candles.forEach(function (d) { extend(report.overlay ? 'yaxis' : scriptKey, d.low); extend(report.overlay ? 'yaxis' : scriptKey, d.high); });
    shapes.forEach(function (s, q) { if (s.location === 'absolute') extend(scriptKey, v.shapes[q].values); });
    if (!report.overlay) hlines.forEach(function (h) { extend(scriptKey, [h.price], true); });
    if (isStrategy) {
      extend(axisKey(equityAxis), v.equity);
      var eq = ranges[axisKey(equityAxis)]; eq[0] = Math.min(eq[0], report.initialCapital); eq[1] = Math.max(eq[1], report.initialCapital);
      extend(axisKey(drawdownAxis), v.drawdown); ranges[axisKey(drawdownAxis)][1] = 0;
    }
    Object.keys(ranges).forEach(function (key) {
      var r = ranges[key];
      if (!isFinite(r[0]) || !isFinite(r[1])) { delete ranges[key]; return; }
      var pad = (r[1] - r[0]) * 0.06 || Math.abs(r[0]) * 0.01 || 1;
      ranges[key] = [r[0] - pad, r[1] + pad];
    });
    return ranges;
  }

  var half = n > 1 ? (time[n - 1] - time[0]) / (n - 1) / 2 : 1800000;
  var fullRange = [time[0] - half, time[n - 1] + half];

  function layoutFor(v, range) {
    var layout = {
      height: Math.max(560, Math.round(window.innerHeight * 0.86)), margin: { l: 70, r: 24, t: 36, b: 36 },
      hovermode: 'x unified', dragmode: 'zoom', showlegend: true, uirevision: 'report',
      legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom', font: { size: 12 } },
      xaxis: { type: 'date', domain: [0, 1], anchor: panes[panes.length - 1].axis, rangeslider: { visible: false }, range: range, autorange: false,
        showspikes: true, spikemode: 'across', spikesnap: 'cursor', spikethickness: 1, spikedash: 'dot', spikecolor: '#9598a1' },
      font: { family: '-apple-system, "Segoe UI", Roboto, Arial, sans-serif', size: 12, color: '#131722' },
      paper_bgcolor: '#fff', plot_bgcolor: '#fff', shapes: [],
      annotations: [{ xref: 'paper', yref: 'paper', x: 1, y: 1, xanchor: 'right', yanchor: 'bottom', showarrow: false,
        font: { size: 11, color: '#6a6d78' }, text: candleLabel(v.k * report.barsPerCandle) }]
    };
    var ranges = fit(v, range[0], range[1]);
    panes.forEach(function (p, i) {
      var key = i === 0 ? 'yaxis' : 'yaxis' + (i + 1);
      layout[key] = { domain: p.domain, anchor: 'x', fixedrange: true, automargin: true, gridcolor: '#eef0f4', zeroline: false,
        range: ranges[key], autorange: !ranges[key], title: { text: p.title, font: { size: 11, color: '#6a6d78' } } };
    });
    layout.yaxis.tickformat = '.' + report.priceDecimals + 'f';
    if (edgeAxis) layout[axisKey(edgeAxis)] = { overlaying: plotAxis, anchor: 'x', range: [0, 1], fixedrange: true, visible: false };
    backgroundShapes(v).forEach(function (shape) { layout.shapes.push(shape); });
    if (isStrategy) {
      layout[axisKey(equityAxis)].tickformat = ',.0f';
      layout.shapes.push({ type: 'line', xref: 'paper', x0: 0, x1: 1, yref: equityAxis, y0: report.initialCapital, y1: report.initialCapital,
        line: { color: '#9598a1', width: 1, dash: 'dot' } });
    }
    return layout;
  }

  // bgcolor: a rectangle behind the script's pane (the price pane for an overlay) per run of candles of one color.
  function backgroundShapes(v) {
    var out = [], pane = (report.overlay ? 'y' : plotAxis) + ' domain', width = half * v.k;
    v.backgrounds.forEach(function (colors) {
      for (var j = 0; j < colors.length; j++) {
        var c = colors[j];
        if (!c) continue;
        var end = j;
        while (end + 1 < colors.length && colors[end + 1] === c) end++;
        out.push({ type: 'rect', layer: 'below', xref: 'x', yref: pane, x0: v.x[j] - width, x1: v.x[end] + width, y0: 0, y1: 1,
          fillcolor: c, line: { width: 0 } });
        j = end;
      }
    });
    return out;
  }

  function candleLabel(bars) {
    return bars === 1 ? 'one candle per bar (' + report.timeframe + ')' : 'each candle: ' + bars + ' bars of ' + report.timeframe + ' (zoom in for more detail)';
  }

  var config = { responsive: true, displaylogo: false, scrollZoom: true, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d'] };
  var current = build(0, n - 1), range = fullRange.slice(), pending = 0;

  function show(newRange) {
    range = [Math.max(newRange[0], fullRange[0] - (fullRange[1] - fullRange[0])), Math.min(newRange[1], fullRange[1] + (fullRange[1] - fullRange[0]))];
    var i0 = Math.max(0, first(range[0]) - 1), i1 = Math.min(n - 1, first(range[1]));
    if (i1 < i0) i1 = i0;
    var k = levelFor(i1 - i0 + 1);
    if (k !== current.k || i0 < current.start || i1 > current.end) current = build(i0, i1);
    return Plotly.react(chart, traces(current), layoutFor(current, range), config);
  }

  Plotly.newPlot(chart, traces(current), layoutFor(current, range), config).then(function () {
    chart.on('plotly_relayout', function (e) {
      var next = null;
      if (e['xaxis.autorange']) next = fullRange.slice();
      else if (e['xaxis.range[0]'] !== undefined) next = [toMs(e['xaxis.range[0]']), toMs(e['xaxis.range[1]'])];
      else if (e['xaxis.range']) next = [toMs(e['xaxis.range'][0]), toMs(e['xaxis.range'][1])];
      if (!next) return;
      clearTimeout(pending);
      pending = setTimeout(function () { show(next); }, 40);
    });
    requestAnimationFrame(function () {
      document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
      document.body.setAttribute('data-rendered', 'true');
    });
  }).catch(function (failure) {
    chart.innerHTML = '';
    var message = document.createElement('p');
    message.className = 'failure';
    message.textContent = 'The chart could not be drawn: ' + failure;
    chart.appendChild(message);
    document.body.setAttribute('data-render-error', String(failure));
  });

  function toMs(value) { return typeof value === 'number' ? value : Date.parse(String(value).replace(' ', 'T') + 'Z'); }

  // The trade list: a page at a time; a click on a trade zooms the chart to it.
  var body = document.getElementById('trade-rows');
  if (!body) return;
  var pageSize = 50, page = 0, pages = Math.max(1, Math.ceil(trades.length / pageSize)), numeric = [0, 4, 7, 8, 9, 10];
  function showPage(p) {
    page = Math.min(Math.max(p, 0), pages - 1);
    body.textContent = '';
    trades.slice(page * pageSize, (page + 1) * pageSize).forEach(function (trade) {
      var row = document.createElement('tr');
      for (var c = 0; c <= 10; c++) {
        var cell = document.createElement('td');
        cell.textContent = c === 2 || c === 5 ? timeText(trade[c]) : String(trade[c]);
        if (numeric.indexOf(c) >= 0) cell.className = 'num';
        if (c === 9) cell.className += trade[11] > 0 ? ' gain' : trade[11] < 0 ? ' loss' : '';
        row.appendChild(cell);
      }
      row.addEventListener('click', function () {
        var pad = Math.max((trade[5] - trade[2]) * 0.6, half * 80);
        show([trade[2] - pad, trade[5] + pad]);
        chart.scrollIntoView({ behavior: 'smooth' });
      });
      body.appendChild(row);
    });
    document.getElementById('trade-page').textContent = 'Page ' + (page + 1) + ' of ' + pages + ' (' + trades.length + ' trades)';
    document.getElementById('trade-first').disabled = document.getElementById('trade-previous').disabled = page === 0;
    document.getElementById('trade-next').disabled = document.getElementById('trade-last').disabled = page === pages - 1;
  }
  document.getElementById('trade-first').onclick = function () { showPage(0); };
  document.getElementById('trade-previous').onclick = function () { showPage(page - 1); };
  document.getElementById('trade-next').onclick = function () { showPage(page + 1); };
  document.getElementById('trade-last').onclick = function () { showPage(pages - 1); };
  showPage(0);
})();
