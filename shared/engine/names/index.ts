// PROVISIONAL stub (owned by the names work).
import type { Entity, NameMention, ParsedArticle, Quote, SourceGroup } from '../../types';

export function extractMentions(_article: ParsedArticle, _quotes: readonly Quote[]): NameMention[] {
  return [];
}

export function linkEntities(
  _mentions: readonly NameMention[],
  _articles: readonly ParsedArticle[],
  _groups: readonly SourceGroup[],
): Entity[] {
  return [];
}
