import { readFileSync } from 'node:fs';

/**
 * What the dashboard's pages load, all served by the api itself (no network beyond it at run
 * time): ECharts from the installed package, the script that draws the charts, the style sheet.
 */
export interface DashboardAsset {
  contentType: string;
  body: Buffer;
}

const CLIENT_SCRIPT = `'use strict';
(function () {
  // Deferred after echarts.min.js: the document is parsed and ECharts is loaded.
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var source = document.getElementById(el.getAttribute('data-chart'));
    if (!source || !window.echarts) return;
    var option = JSON.parse(source.textContent);
    option.animation = false;
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.on('finished', function () { el.setAttribute('data-drawn', 'true'); });
    chart.setOption(option);
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
`;

const STYLE = `:root { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #1d2733; background: #f5f7fa; }
body { margin: 0; }
a { color: #1f5c99; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid #d9822b; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 8px; z-index: 10; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 20px; padding: 10px 24px; background: #1f3b57; color: #fff; }
header.top a, header.top label { color: #fff; }
header.top .brand { font-weight: 700; font-size: 1.1rem; }
header.top nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0; padding: 0; }
header.top nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
header.top form { display: flex; gap: 6px; align-items: center; margin: 0; }
main { padding: 16px 24px 48px; max-width: 1280px; margin: 0 auto; }
main:focus { outline: none; }
h1 { font-size: 1.5rem; }
h2 { font-size: 1.2rem; margin-top: 32px; border-bottom: 1px solid #d5dce4; padding-bottom: 4px; }
.as-of { color: #55606c; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; list-style: none; padding: 0; }
.card { background: #fff; border: 1px solid #d5dce4; border-radius: 6px; padding: 12px; display: flex; flex-direction: column; gap: 4px; }
.card-label { color: #55606c; font-size: .9rem; }
.card-value { font-size: 1.35rem; font-weight: 700; }
.card-change { font-size: .85rem; color: #55606c; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 16px; }
figure.chart { background: #fff; border: 1px solid #d5dce4; border-radius: 6px; margin: 0; padding: 12px; }
figure.chart figcaption { font-weight: 700; margin-bottom: 8px; }
.chart-canvas { width: 100%; height: 320px; }
table { border-collapse: collapse; width: 100%; background: #fff; margin: 8px 0; }
caption { text-align: left; font-weight: 700; padding: 6px 0; }
th, td { border: 1px solid #d5dce4; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: .85rem; background: #e4e9ef; }
.badge-overdue, .badge-not-met, .badge-no-minutes, .badge-unacknowledged, .badge-no-notice { background: #f6d9d6; color: #7d231b; }
.badge-due-soon, .badge-partly-met { background: #fbe6cf; color: #6e3d08; }
.badge-current, .badge-met, .badge-held, .badge-minutes, .badge-acknowledged, .badge-notice-sent { background: #d6eedd; color: #1e5430; }
.error { background: #f6d9d6; color: #7d231b; padding: 8px 12px; border-radius: 4px; }
form.sign-in { display: flex; flex-direction: column; gap: 8px; max-width: 420px; }
form.sign-in input { font: inherit; padding: 8px; }
button { font: inherit; padding: 4px 12px; cursor: pointer; }
ul.downloads { display: flex; flex-wrap: wrap; gap: 8px 16px; list-style: none; padding: 0; }
iframe.report { width: 100%; height: 80vh; border: 1px solid #d5dce4; background: #fff; }
`;

function echartsScript(): Buffer {
  return readFileSync(require.resolve('echarts/dist/echarts.min.js'));
}

/** Read once, on first use. */
let assets: Record<string, DashboardAsset> | undefined;

export function dashboardAsset(name: string): DashboardAsset | undefined {
  assets ??= {
    'echarts.min.js': { contentType: 'text/javascript; charset=utf-8', body: echartsScript() },
    'dashboard.js': { contentType: 'text/javascript; charset=utf-8', body: Buffer.from(CLIENT_SCRIPT, 'utf8') },
    'dashboard.css': { contentType: 'text/css; charset=utf-8', body: Buffer.from(STYLE, 'utf8') },
  };
  return Object.hasOwn(assets, name) ? assets[name] : undefined;
}
