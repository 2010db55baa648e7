// Verbs that attribute words or positions to someone, as lemmas. A token matches through its
// verb lemma (lemma.ts), so "said", "says" and "saying" all read as "say". General English
// only; British and American spellings both listed.
import { wordSet } from './words';

/** Verbs of saying: they introduce direct and indirect speech. */
export const SPEECH_VERBS = wordSet(`
  say tell add write state stress note assert argue claim explain insist warn declare announce acknowledge admit
  reply respond recall suggest tweet ask remark observe comment joke boast lament caution vow promise pledge predict
  complain concede contend maintain allege charge confirm deny urge shout yell chant testify recount reiterate mention
  indicate hint quip retort counter assure reassure remind proclaim opine brag gripe plead speculate elaborate reason
  interject murmur mutter marvel thunder concur inquire enquire exclaim whisper muse scoff laugh sigh conclude report
  emphasize emphasise continue wonder repeat reveal disclose post quote read answer telegraph instruct advise inform
  order demand threaten blog text email e-mail message
`);

/** Verbs of thinking, knowing and wanting: attribution of an internal state (reported speech only). */
export const BELIEF_VERBS = wordSet(`
  believe think want feel hope fear expect know worry doubt estimate project find show predict suspect assume
  conclude reckon figure guess imagine suppose realize realise understand consider
`);

/** Verbs that take the quoted words as a name for something: called it “a disaster”. */
export const NAMING_VERBS = wordSet(`
  call describe dub label brand term characterize characterise portray deem dismiss hail nickname
`);

/**
 * Verbs of stance and evaluation that attribute a position without words of saying
 * ("the senator endorsed the plan"): reported positions, never direct quotations.
 */
export const STANCE_VERBS = wordSet(`
  endorse criticize criticise accuse support want seem appear decline refuse propose praise defend urge cite agree
  blame attack slam blast condemn oppose reject question plan intend consider see view regard recognize recognise
  demand request threaten decide push welcome applaud dispute challenge recommend advocate favor favour prefer imply
  assure commit unveil vow insist acknowledge concede lament mock ridicule denounce reference discuss address
  highlight tout promote champion embrace back seek offer refer point express talk speak hope expect learn identify list
`);
