// "Do these two sentences report the same thing?" — the scorer behind the CLI `pairs`
// command AND claim alignment, so the benchmark measures what the product uses.
import { FEATURE_NAMES, features, prepare, type FeatureOptions, type Prepared } from './features';
import { PAIR_THRESHOLD, PAIR_WEIGHTS } from './pair-weights';

const WEIGHTS: readonly number[] = FEATURE_NAMES.map((n) => PAIR_WEIGHTS[n]);

/** Probability-like score in [0, 1] for two prepared sentences. */
export function pairScore(a: Prepared, b: Prepared, options: FeatureOptions = {}): number {
  const x = features(a, b, options);
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (x[k] as number) * (WEIGHTS[k] as number);
  return 1 / (1 + Math.exp(-z));
}

export const SAME_THRESHOLD = PAIR_THRESHOLD;

export function samePair(a: string, b: string): { same: boolean; score: number } {
  const score = pairScore(prepare(a), prepare(b));
  return { same: score >= SAME_THRESHOLD, score: Math.round(score * 1000) / 1000 };
}
