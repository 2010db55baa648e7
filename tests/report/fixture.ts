// A hand-written project snapshot for the report tests: four articles about an
// invented flood (one outlet, one wire story run by two papers, one rival
// paper), claims in every verdict, reviewed and unreviewed, an overridden
// suggestion, a contradiction on a number and one on a date, a cluster whose
// members disagree, quotes, and names with conflicting spellings.
import type { ReportInput } from '../../shared/report/input';
import { article, cluster, conflict, evidence, history } from './fixture-build';

export const FIXED_GENERATED_AT = '2030-05-06T07:08:09.000Z';

export function fixtureInput(): ReportInput {
  const gazette = article({
    id: 1,
    fileName: 'gazette-flood.txt',
    title: 'Flooding forces 1,200 from homes in Dunmore',
    outlet: 'Riverside Gazette',
    published: '2029-03-11',
    hash: 'f1bf820f3abdd8e5ba800c2e806f87b7c64604510cfc336634ab366e1c6e38ac',
    sourceGroup: 'g1',
    sourceGroupLabel: 'Riverside Gazette',
  });
  const coastal = article({
    id: 2,
    fileName: 'coastal-times.html',
    format: 'html',
    title: 'Dunmore flood: residents evacuated as river peaks',
    outlet: 'Coastal Times',
    published: '2029-03-11',
    hash: '91198aa9d1188876824b1b6cfefdfd43446f651441a5d740a8f20d44e3743419',
    sourceGroup: 'g2',
    sourceGroupLabel: 'Northern Wire',
  });
  const valley = article({
    id: 3,
    fileName: 'valley-herald.md',
    format: 'markdown',
    title: 'Residents evacuated as river peaks',
    outlet: 'Valley Herald',
    published: '2029-03-12',
    hash: '70b2e9cecfb67f3e96febbc83d9da7a8aac0b9eee1ebefdc26a1dddc62a10e2f',
    sourceGroup: 'g2',
    sourceGroupLabel: 'Northern Wire',
  });
  const metro = article({
    id: 4,
    fileName: 'metro-daily.txt',
    title: null,
    outlet: 'Metro Daily',
    published: null,
    hash: '6642553331a7ee34b33b3f596109a82cbbb3025c2725c6c4634d45cd2ef2becf',
    sourceGroup: 'g3',
    sourceGroupLabel: 'Metro Daily',
  });

  const evacG = evidence(gazette, 101, 0, 'About 1,200 residents were evacuated overnight, officials said.', 'About 1,200 residents were evacuated overnight', {
    reviewed: 'contradicted',
    values: [{ kind: 'number', norm: 'count:1200:resident', unit: 'residents', text: '1,200 residents' }],
  });
  const evacM = evidence(metro, 102, 310, 'Only about 800 residents were evacuated overnight, according to the fire service.', 'about 800 residents were evacuated overnight', {
    reviewed: 'contradicted',
    values: [{ kind: 'number', norm: 'count:800:resident', unit: 'residents', text: '800 residents' }],
  });
  const peakG = evidence(gazette, 103, 64, 'The river peaked at 6.2 metres on Sunday afternoon.', 'The river peaked at 6.2 metres on Sunday', { reviewed: 'corroborated' });
  const peakC = evidence(coastal, 104, 120, 'The Dun river peaked at 6.2 metres on Sunday, the highest level since records began.', 'The Dun river peaked at 6.2 metres on Sunday', {
    reviewed: 'corroborated',
  });
  const spillC = evidence(coastal, 105, 240, 'The dam operator opened two spillways on Saturday night.', 'The dam operator opened two spillways on Saturday night', {
    reviewed: 'single-sourced',
  });
  const spillV = evidence(valley, 106, 200, 'The dam operator opened two spillways on Saturday night.', 'The dam operator opened two spillways on Saturday night', {
    reviewed: 'single-sourced',
    copiedFrom: [105],
  });
  const schoolsG = evidence(gazette, 107, 400, 'Schools in the district will remain closed until Thursday.', 'Schools in the district will remain closed until Thursday');
  const schoolsM = evidence(metro, 108, 520, 'All district schools will stay closed until Thursday, the council said.', 'All district schools will stay closed until Thursday');
  const bridgeC = evidence(coastal, 109, 330, 'Police closed the Mill Lane bridge on Friday evening.', 'Police closed the Mill Lane bridge on Friday evening', {
    values: [{ kind: 'weekday', norm: 'weekday:5', unit: null, text: 'Friday' }],
  });
  const bridgeM = evidence(metro, 110, 600, 'The Mill Lane bridge was shut by police on Saturday.', 'The Mill Lane bridge was shut by police on Saturday', {
    values: [{ kind: 'weekday', norm: 'weekday:6', unit: null, text: 'Saturday' }],
  });
  const shelterG = evidence(gazette, 111, 700, '"We had enough shelter beds for everyone who needed one," Mayor Helen Okafor said.', 'We had enough shelter beds for everyone who needed one', {
    reviewed: 'corroborated',
  });
  const shelterM = evidence(metro, 112, 90, 'Ms Okafor said the town "had enough shelter beds for everyone who needed one."', 'the town "had enough shelter beds for everyone who needed one."', {
    reviewed: 'single-sourced',
  });
  const waterV = evidence(
    valley,
    113,
    410,
    'The Dunmore Water Authority said tap water remained safe to drink throughout the flooding and that no contamination had been detected at any of its treatment works.',
    'tap water remained safe to drink throughout the flooding and that no contamination had been detected at any of its treatment works',
    { reviewed: 'single-sourced' },
  );

  return {
    generatedAt: FIXED_GENERATED_AT,
    appVersion: '0.1.0',
    organisation: { name: 'Harbour Fact Desk', url: 'https://factdesk.example.org' },
    project: { id: 7, name: 'Dunmore Flood — March', createdAt: '2029-03-12T09:00:00.000Z' },
    articles: [gazette, coastal, valley, metro],
    sourceGroups: [
      { id: 'g1', label: 'Riverside Gazette', articleIds: [1], reason: 'single outlet' },
      { id: 'g2', label: 'Northern Wire', articleIds: [2, 3], reason: 'shared wire text (87% of shingles in common)' },
      { id: 'g3', label: 'Metro Daily', articleIds: [4], reason: 'single outlet' },
    ],
    // Deliberately not in report order: the renderer must order them.
    clusters: [
      cluster({
        id: 12, order: 4, suggested: 'corroborated', reviewed: null, groupCount: 2, claims: [schoolsM, schoolsG],
        reasons: ['reported by 2 independent source groups', 'no conflicting details'],
      }),
      cluster({
        id: 13, order: 5, suggested: 'contradicted', reviewed: null, groupCount: 2, claims: [bridgeC, bridgeM],
        reasons: ['sources disagree on the day'],
        conflicts: [conflict('date', 'Friday vs Saturday for the bridge closure', bridgeC, 'Friday', bridgeM, 'Saturday')],
      }),
      cluster({
        id: 11, order: 3, suggested: 'corroborated', reviewed: 'single-sourced', groupCount: 1, claims: [spillC, spillV],
        reasons: ['reported by 2 articles', 'Valley Herald copies the Northern Wire text'],
        note: 'Both articles carry the same wire story; no independent confirmation of the spillways.',
        decidedBy: 'Ana Reyes', decidedAt: '2029-03-13T10:15:00.000Z',
        history: [history(3, '2029-03-13T10:15:00.000Z', 'Ana Reyes', 'verdict', null, 'single-sourced', spillC.text)],
      }),
      cluster({
        id: 10, order: 2, suggested: 'corroborated', reviewed: 'corroborated', groupCount: 2, claims: [peakC, peakG],
        reasons: ['reported by 2 independent source groups', 'same value: 6.2 metres'],
        decidedBy: 'Ana Reyes', decidedAt: '2029-03-13T09:40:00.000Z',
        history: [history(2, '2029-03-13T09:40:00.000Z', 'Ana Reyes', 'verdict', null, 'corroborated', peakG.text)],
      }),
      cluster({
        id: 9, order: 1, suggested: 'contradicted', reviewed: 'contradicted', groupCount: 2, claims: [evacM, evacG],
        reasons: ['sources disagree on the number evacuated'],
        conflicts: [conflict('number', '1,200 vs 800 residents evacuated', evacG, '1,200 residents', evacM, '800 residents')],
        note: 'Council figure (1,200) includes voluntary departures; fire service counts assisted evacuations only.',
        decidedBy: 'Ana Reyes', decidedAt: '2029-03-13T09:31:00.000Z',
        history: [
          history(1, '2029-03-13T09:30:00.000Z', 'Ana Reyes', 'verdict', null, 'contradicted', evacG.text),
          history(4, '2029-03-13T09:31:00.000Z', 'Ana Reyes', 'note', null, null, evacG.text, 'Council figure includes voluntary departures.'),
        ],
      }),
      cluster({
        id: 14, order: 6, suggested: 'corroborated', reviewed: 'corroborated', mixed: true, groupCount: 2, claims: [shelterG, shelterM],
        reasons: ['reported by 2 independent source groups'], speaker: 'Helen Okafor',
        decidedBy: 'Sam Lee', decidedAt: '2029-03-14T08:00:00.000Z',
        history: [history(5, '2029-03-14T08:00:00.000Z', 'Sam Lee', 'verdict', null, 'corroborated', shelterG.text)],
      }),
      cluster({
        id: 15, order: 7, suggested: 'single-sourced', reviewed: 'single-sourced', groupCount: 1, claims: [waterV],
        reasons: ['reported by 1 source group'], speaker: 'Dunmore Water Authority',
        decidedBy: 'Sam Lee', decidedAt: '2029-03-14T08:05:00.000Z',
        history: [history(6, '2029-03-14T08:05:00.000Z', 'Sam Lee', 'verdict', null, 'single-sourced', waterV.text)],
      }),
    ],
    quotes: [
      {
        speaker: 'Tomás Brennan',
        entityId: 3,
        quotes: [
          { id: 203, key: { articleHash: coastal.hash, start: 170, end: 201 }, articleId: 2, articleTitle: coastal.title, outlet: coastal.outlet, text: 'the worst night in twenty years', kind: 'partial', cue: 'called it', speakerMention: { text: 'Chief Brennan', start: 150, end: 163 }, start: 170, end: 201, engineSpeaker: null, correction: null, sameAs: null },
        ],
      },
      {
        speaker: 'Helen Okafor',
        entityId: 1,
        quotes: [
          { id: 202, key: { articleHash: metro.hash, start: 115, end: 167 }, articleId: 4, articleTitle: metro.title, outlet: metro.outlet, text: 'had enough shelter beds for everyone who needed one.', kind: 'partial', cue: 'said', speakerMention: { text: 'Ms Okafor', start: 90, end: 99 }, start: 115, end: 167, engineSpeaker: null, correction: null, sameAs: 1 },
          { id: 201, key: { articleHash: gazette.hash, start: 701, end: 756 }, articleId: 1, articleTitle: gazette.title, outlet: gazette.outlet, text: 'We had enough shelter beds for everyone who needed one,', kind: 'direct', cue: 'said', speakerMention: { text: 'Mayor Helen Okafor', start: 758, end: 776 }, start: 701, end: 756, engineSpeaker: null, correction: null, sameAs: 1 },
        ],
      },
    ],
    entities: [
      {
        id: 3, key: 'fixture-entity-3', name: 'Tomás Brennan', type: 'person', preferred: 'Tomás Brennan', preferredReason: 'spelling used by most source groups', preferredBy: null,
        spellingConflict: true, confirmed: false, roles: ['fire chief'], mentionCount: 3,
        spellings: [
          { spelling: 'Tomás Brennan', articles: [{ id: 2, title: coastal.title, outlet: coastal.outlet }, { id: 3, title: valley.title, outlet: valley.outlet }], sourceGroups: ['Northern Wire'] },
          { spelling: 'Tomas Brennan', articles: [{ id: 4, title: metro.title, outlet: metro.outlet }], sourceGroups: ['Metro Daily'] },
        ],
      },
      {
        id: 2, key: 'fixture-entity-2', name: 'Dunmore Water Authority', type: 'organisation', preferred: 'Dunmore Water Authority', preferredReason: 'only spelling', preferredBy: null,
        spellingConflict: false, confirmed: false, roles: [], mentionCount: 1,
        spellings: [{ spelling: 'Dunmore Water Authority', articles: [{ id: 3, title: valley.title, outlet: valley.outlet }], sourceGroups: ['Northern Wire'] }],
      },
      {
        id: 1, key: 'fixture-entity-1', name: 'Helen Okafor', type: 'person', preferred: 'Helen Okafor', preferredReason: 'chosen by reviewer', preferredBy: 'Ana Reyes',
        spellingConflict: true, confirmed: true, roles: ['Mayor'], mentionCount: 5,
        spellings: [
          { spelling: 'Helen Okafor', articles: [{ id: 1, title: gazette.title, outlet: gazette.outlet }, { id: 4, title: metro.title, outlet: metro.outlet }], sourceGroups: ['Riverside Gazette', 'Metro Daily'] },
          { spelling: 'Helen Okafur', articles: [{ id: 2, title: coastal.title, outlet: coastal.outlet }], sourceGroups: ['Northern Wire'] },
        ],
      },
    ],
  };
}
