// bench:pairs — accuracy and F1 of samePair (the CLI `pairs` scorer) on the MSRP validation split.
import fs from 'node:fs';
import path from 'node:path';
import { samePair } from '../../shared/engine/claims/pairs';
import { msrpDir, readMsrp, scoreBinary } from './msrp';

function main(): void {
  if (!fs.existsSync(path.join(msrpDir, 'msr-para-val.tsv'))) {
    console.log(`bench:pairs skipped: ${msrpDir} not found`);
    return;
  }
  const split = process.argv[2] ?? 'msr-para-val.tsv';
  const pairs = readMsrp(split);
  const t0 = performance.now();
  const pred = pairs.map((p) => samePair(p.a, p.b).same);
  const ms = performance.now() - t0;
  const { accuracy, f1 } = scoreBinary(pairs.map((p) => p.label), pred);
  console.log(`bench:pairs ${split}: ${pairs.length} pairs, accuracy ${accuracy.toFixed(3)}, F1 ${f1.toFixed(3)} (targets 0.780 / 0.850), ${ms.toFixed(0)} ms`);
}

main();
