// Names stage: mentions of people and organisations per article, cross-article entities,
// and the reviewer tags applied on top of them.
export { extractMentions } from './extract';
export { linkEntities } from './link';
export { applyNameTags, tagKey } from './tags';
export type { NameTag, TaggedEntity } from './tags';
export type { SpelledMention } from './summary';
