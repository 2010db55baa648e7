// Self-check against ../shared/eval/seeds-dev.json: source groups and claim clusters/verdicts.
// Not a tuning target: a sanity check that the whole pipeline behaves on a real story.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../shared/engine/analyze';
import { evalRoot, repoRoot } from './msrp';

interface Gold {
  source_groups: string[][];
  claims: Array<{ id: string; verdict: string[]; members: Array<{ article: string; contains: string }> }>;
}

function main(): void {
  const goldFile = path.join(evalRoot, 'seeds-dev.json');
  if (!fs.existsSync(goldFile)) {
    console.log('seeds-check skipped: no gold');
    return;
  }
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold;
  const dir = path.join(repoRoot, 'seeds');
  const inputs = fs.readdirSync(dir).sort().map((f) => ({ id: f.replace(/\.txt$/, ''), file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const a = analyze(inputs);
  const verbose = process.argv.includes('-v');
  console.log('groups:', a.sourceGroups.map((g) => `${g.label}[${g.articles.map((x) => x.slice(0, 3)).join(',')}] ${g.reason}`).join(' | '));
  let ok = 0;
  for (const g of gold.claims) {
    const found = g.members.map((m) => a.claims.find((c) => c.article.startsWith(m.article) && c.text.toLowerCase().replace(/[’]/g, "'").includes(m.contains)));
    const clusters = new Set(found.map((c) => c?.cluster ?? 'MISSING'));
    const cl = a.clusters.find((k) => k.id === [...clusters][0]);
    const good = clusters.size === 1 && !clusters.has('MISSING') && cl !== undefined && g.verdict.includes(cl.suggestedVerdict);
    if (good) ok++;
    console.log(`${good ? 'OK ' : 'BAD'} ${g.id}: clusters ${[...clusters].join(',')} verdict ${cl?.suggestedVerdict} (want ${g.verdict.join('/')})`);
    if (!good || verbose) {
      for (const c of found) if (c) {
        const k = a.clusters.find((x) => x.id === c.cluster);
        console.log(`   ${c.id} ${c.cluster}: ${c.text.slice(0, 90)}\n      members ${k?.claims.join(' ')}\n      ${k?.reasons.join(' | ')}`);
      }
    }
  }
  const contradicted = a.clusters.filter((k) => k.suggestedVerdict === 'contradicted');
  console.log(`seeds-check: ${ok}/${gold.claims.length} gold clusters right; ${a.claims.length} claims, ${a.clusters.length} clusters, ${contradicted.length} contradicted`);
  if (verbose) for (const k of a.clusters) if (k.claims.length > 1) console.log(k.id, k.suggestedVerdict, k.reasons.join(' | '), '\n   ', k.claims.map((id) => a.claims.find((c) => c.id === id)?.text.slice(0, 70)).join('\n    '));
}

main();
