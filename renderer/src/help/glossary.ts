// What every term on screen means, in one place: the tooltips and the first-run
// guide read from here, so the app never explains one word two ways.
export type TermId =
  | 'claim'
  | 'cluster'
  | 'source-group'
  | 'independent'
  | 'suggested'
  | 'reviewer'
  | 'corroborated'
  | 'contradicted'
  | 'single-sourced'
  | 'unreviewed'
  | 'mixed'
  | 'conflict'
  | 'copied'
  | 'spelling-conflict'
  | 'confirmed-person'
  | 'preferred-spelling'
  | 'reported-speech'
  | 'direct-quote'
  | 'partial-quote'
  | 'wording-differs'
  | 'verdict-by'
  | 'most-contested'
  | 'furniture';

export interface TermInfo {
  /** the word as the guide and the tooltip heading print it */
  term: string;
  text: string;
}

export const GLOSSARY: Record<TermId, TermInfo> = {
  claim: {
    term: 'Claim',
    text: 'A checkable statement in one article: a number, a date, a place, who did or said what.',
  },
  cluster: {
    term: 'Cluster',
    text: 'The same claim as reported by one or more articles, lined up side by side. Each row of the queue is one cluster, and you give each cluster one verdict.',
  },
  'source-group': {
    term: 'Source group',
    text: 'Articles that are not independent of one another: republications of one wire story, near word-for-word copies, updated versions, or articles from the same outlet. A source group counts once.',
  },
  independent: {
    term: 'Independent source',
    text: 'One source group. Three outlets printing the same agency story are one independent source, not three; a claim is corroborated only by two or more.',
  },
  suggested: {
    term: 'Suggested verdict',
    text: 'Corroborate’s own reading of the evidence, with its reasons. It is a starting point only: reports and exports use your verdict.',
  },
  reviewer: {
    term: 'Your verdict',
    text: 'The reviewer’s decision (keys c, x, s). It is saved the moment you make it, with who and when, and it is what the report states.',
  },
  corroborated: {
    term: 'Corroborated',
    text: 'Reported consistently by at least two independent source groups.',
  },
  contradicted: {
    term: 'Contradicted',
    text: 'Sources, or versions of one story, disagree on a checkable detail (a number, a date, a name, whether something happened).',
  },
  'single-sourced': {
    term: 'Single-sourced',
    text: 'Found in one independent source group only, however many articles repeat it.',
  },
  unreviewed: {
    term: 'Unreviewed',
    text: 'You have not given this cluster a verdict yet. Reports list it as not reviewed, never as verified.',
  },
  mixed: {
    term: 'Mixed decisions',
    text: 'The claims of this cluster carry different verdicts of yours, because a re-analysis or a split and move regrouped them. Decide the cluster again to make them one.',
  },
  conflict: {
    term: 'Conflicting values',
    text: 'Two reports of the claim give different values for one detail. The two sides are marked A and B in the evidence, with the reason.',
  },
  copied: {
    term: 'Copied text',
    text: 'This sentence is nearly word for word the same as another article’s, so it does not count as independent confirmation. Judge whether the two really are independent.',
  },
  'spelling-conflict': {
    term: 'Spelling conflict',
    text: 'Outlets spell this person’s name differently (Sergey / Sergei). Confirm that it is one person, split off a spelling that is someone else, and choose the spelling the report uses.',
  },
  'confirmed-person': {
    term: 'Confirmed same person',
    text: 'You confirmed that these spellings name one person; the conflict no longer needs a look.',
  },
  'preferred-spelling': {
    term: 'Preferred spelling',
    text: 'The spelling the report uses for this person. Corroborate picks one; “Use this spelling” makes it your choice.',
  },
  'reported-speech': {
    term: 'Reported speech',
    text: 'The article paraphrases what someone said, without quotation marks. It is shown without quotation marks too, so no words are put in the speaker’s mouth.',
  },
  'direct-quote': {
    term: 'Direct quote',
    text: 'The speaker’s words in quotation marks, as the article printed them.',
  },
  'partial-quote': {
    term: 'Partial quote',
    text: 'A few of the speaker’s words in quotation marks inside the article’s own sentence; the rest is the article’s paraphrase.',
  },
  'wording-differs': {
    term: 'Wording differs',
    text: 'Articles quote the same statement with different words; the words that differ are marked.',
  },
  'verdict-by': {
    term: 'Verdict by',
    text: 'Whose verdict the Verdict filter looks at: Corroborate’s suggestion or yours. Greyed out until you choose a verdict to filter on.',
  },
  'most-contested': {
    term: 'Most contested',
    text: 'Clusters with the most conflicting values first, then those reported by the most source groups: what most needs a look leads.',
  },
  furniture: {
    term: 'Site furniture',
    text: 'Text around the article that is not part of the story (menus, share links, related stories). It is set apart and does not tie articles into one source group.',
  },
};
