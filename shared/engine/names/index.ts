// Names stage: mentions of people and organisations per article, and cross-article entities.
export { extractMentions } from './extract';
export { linkEntities } from './link';
export { applyNameTags } from './tags';
export type { NameTag, TaggedEntity } from './tags';
