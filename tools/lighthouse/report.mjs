// Turns the JSON reports of run.sh into the "First visit: Lighthouse" section of docs/PERFORMANCE.md.
// Usage: node report.mjs <reports folder> <PERFORMANCE.md> <page>...
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';

const [reportsDir, docPath, ...pages] = process.argv.slice(2);
const begin = '<!-- lighthouse:begin (written by tools/lighthouse/run.sh) -->';
const end = '<!-- lighthouse:end -->';

const nameOf = page => page.replace(/^\//, '').replace(/[/?=&]/g, '-') || 'home';
const score = (r, id) => Math.round(r.categories[id].score * 100);
const seconds = (r, id) => (r.audits[id].numericValue / 1000).toFixed(1) + ' s';
const kib = bytes => Math.round(bytes / 1024) + ' KiB';

const goal = { performance: 95, lcpMs: 2500, others: 100, homeBytes: 250 * 1000 };
const rows = [];
const notes = [];
let version = '';
for (const page of pages) {
  for (const profile of ['mobile', 'desktop']) {
    const runs = readdirSync(reportsDir)
      .filter(f => f.startsWith(`${nameOf(page)}.${profile}.`) && f.endsWith('.json'))
      .map(f => JSON.parse(readFileSync(path.join(reportsDir, f), 'utf8')))
      .sort((x, y) => score(x, 'performance') - score(y, 'performance'));
    const r = runs[Math.floor((runs.length - 1) / 2)];
    const range = runs.length > 1 ? ` (${score(runs[0], 'performance')}–${score(runs.at(-1), 'performance')})` : '';
    version = r.lighthouseVersion;
    const a = r.audits;
    const transfer = a['total-byte-weight'].numericValue;
    rows.push(`| \`${page}\` | ${profile} | ${score(r, 'performance')}${range} | ${seconds(r, 'first-contentful-paint')} | ` +
      `${seconds(r, 'largest-contentful-paint')} | ${Math.round(a['total-blocking-time'].numericValue)} ms | ` +
      `${a['cumulative-layout-shift'].numericValue.toFixed(3)} | ${kib(transfer)} | ${score(r, 'accessibility')} | ` +
      `${score(r, 'best-practices')} | ${score(r, 'seo')} |`);

    if (profile !== 'mobile') continue;
    const misses = [];
    if (score(r, 'performance') < goal.performance) misses.push(`performance ${score(r, 'performance')}`);
    if (a['largest-contentful-paint'].numericValue > goal.lcpMs) misses.push(`LCP ${seconds(r, 'largest-contentful-paint')}`);
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      if (score(r, id) < goal.others) {
        const failing = r.categories[id].auditRefs
          .filter(ref => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1)
          .map(ref => ref.id);
        misses.push(`${id} ${score(r, id)} (${failing.join(', ')})`);
      }
    }
    if (page === '/' && transfer > goal.homeBytes) misses.push(`transfer ${kib(transfer)}`);
    const lcpAudit = a['largest-contentful-paint-element'];
    const lcpItem = lcpAudit?.details?.items?.[0]?.items?.[0]?.node;
    const lcp = lcpItem
      ? `LCP element \`${(lcpItem.snippet || '').slice(0, 90).replace(/\|/g, '\\|')}\``
      : `LCP element not reported (${(lcpAudit?.errorMessage || 'no details').split(':')[0]})`;
    const blocking = a['render-blocking-resources']?.details?.overallSavingsMs;
    const bf = a['bf-cache']?.details?.items?.map(i => i.reason).filter(Boolean) ?? [];
    notes.push(`- \`${page}\` (mobile): ${misses.length ? 'misses ' + misses.join('; ') : 'meets the goal'}. ${lcp}` +
      `${blocking ? `; render-blocking resources cost ~${Math.round(blocking)} ms` : ''}` +
      `${bf.length ? `; back/forward cache refused: ${bf.join(' / ')}` : '; back/forward cache: no failure reported'}.`);
  }
}

let commit = 'uncommitted';
try { commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { /* not a git checkout */ }
const section = [
  begin,
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit \`${commit}\`, Lighthouse ${version}, ` +
  `Debian Chromium, the app published in Release and run in Production on plain HTTP (so Chromium asks for gzip, ` +
  `not Brotli). Goal (mobile): performance ≥ ${goal.performance}, LCP ≤ 2.5 s, accessibility, best practices and ` +
  `SEO ${goal.others}, first visit of \`/\` ≤ 250 KB. Mobile rows are the median of ${process.env.RUNS || 3} runs by ` +
  `performance (the range in brackets); desktop rows are one run.`,
  '',
  '| page | profile | performance | FCP | LCP | TBT | CLS | transferred | accessibility | best practices | SEO |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  ...notes,
  end,
].join('\n');

const doc = readFileSync(docPath, 'utf8');
const start = doc.indexOf(begin);
const stop = doc.indexOf(end);
const updated = start >= 0 && stop > start
  ? doc.slice(0, start) + section + doc.slice(stop + end.length)
  : `${doc.trimEnd()}\n\n## First visit: Lighthouse\n\n\`\`\`\ntools/lighthouse/run.sh\n\`\`\`\n\n${section}\n`;
writeFileSync(docPath, updated);
console.log(section);
