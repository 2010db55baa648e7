// Generated articles for the import specs: hand-written templates filled from small word
// lists, so every article is distinct text (its own content hash) and reads like a short
// local news story. Nothing here comes from the seed articles.

export interface TextFile {
  name: string;
  text: string;
}

const TOWNS = ['Kestrel Bay', 'Marrowfield', 'Oldwick', 'Fennimore', 'Brackenridge', 'Lowmoor', 'Castleton Vale', 'Hollins Ford', 'Redwater', 'Ashby Cross'];
const PEOPLE = ['Ingrid Solberg', 'Tomasz Wielki', 'Amara Okafor', 'Declan Reyes', 'Priya Natarajan', 'Henrik Vos', 'Lucia Ferraro', 'Samuel Adeyemi', 'Mei Takahashi', 'Oskar Lindqvist'];
const ROLES = ['Mayor', 'Council leader', 'Fire chief', 'Harbour master', 'Police commissioner'];
const OUTLETS = ['Valley Courier', 'Northern Ledger', 'Coastline Post', 'Riverside Gazette', 'Evening Standard-Bearer'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const TEMPLATES: Array<(i: number, town: string, person: string, role: string, day: string) => string> = [
  (i, town, person, role, day) =>
    `Flood defences hold in ${town} after record rain\n\n` +
    `${town.toUpperCase()} — Flood barriers along the river in ${town} held overnight on ${day} after ${40 + (i % 50)} millimetres of rain fell in six hours, the regional water board said.\n\n` +
    `${role} ${person} said ${120 + i} homes had been evacuated as a precaution and that all residents were expected to return by the weekend. "The barriers did exactly what they were built to do," ${person} told reporters.\n\n` +
    `The barriers were completed in ${2000 + (i % 24)} at a cost of ${3 + (i % 9)} million euros, according to the council's annual report.\n\n` +
    `Forecasters expect another ${10 + (i % 20)} millimetres of rain by ${DAYS[(i + 2) % DAYS.length]}, and the water board said pumps at ${2 + (i % 4)} stations would run through the night.\n`,
  (i, town, person, role, day) =>
    `${town} opens new library after two-year build\n\n` +
    `The new public library in ${town} opened its doors on ${day}, with ${200 + i * 3} visitors in the first hour, organisers said.\n\n` +
    `${role} ${person} said the building holds ${15_000 + i * 10} books and ${12 + (i % 30)} study rooms. "This is a place for everyone in ${town}," ${person} said at the opening.\n\n` +
    `Construction began in March ${2021 + (i % 3)} and ran ${i % 7} months over schedule because of supply delays, the builder confirmed.\n\n` +
    `The library will be open ${6 + (i % 2)} days a week, and membership is free for residents of ${town} and the ${3 + (i % 5)} neighbouring villages, the council said.\n`,
  (i, town, person, role, day) =>
    `Bus drivers in ${town} vote to strike over pay\n\n` +
    `Bus drivers in ${town} voted on ${day} to strike for ${2 + (i % 5)} days next month, their union said, after talks on a ${4 + (i % 6)} per cent pay rise broke down.\n\n` +
    `About ${300 + i} drivers took part in the ballot, and ${60 + (i % 35)} per cent of them backed the strike, according to the union.\n\n` +
    `${role} ${person} urged both sides to return to talks. "Nobody in ${town} wants the buses to stop," ${person} said in a statement.\n\n` +
    `The bus company said it carries ${8_000 + i * 20} passengers a day in ${town} and that a replacement timetable on ${1 + (i % 4)} main routes would be published next week.\n`,
];

export function generatedArticles(count: number): TextFile[] {
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const person = PEOPLE[(i * 3) % PEOPLE.length]!;
    const role = ROLES[i % ROLES.length]!;
    const day = DAYS[i % DAYS.length]!;
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const body = TEMPLATES[i % TEMPLATES.length]!(i, town, person, role, day);
    return { name: `generated-${String(i).padStart(3, '0')}.txt`, text: `${body}\n${outlet} staff contributed to this report. Story ${i + 1}.\n` };
  });
}

