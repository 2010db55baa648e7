// `tsx tests/e2e/populate-large.ts DATA_DIR`: writes a 50,000-claim project into the
// app database in DATA_DIR before the host starts (the large-project spec's fixture).
import path from 'node:path';
import { openStore } from '../../electron/store';
import { DATABASE_FILE } from '../../electron/paths';
import { syntheticAnalysis } from '../helpers/synthetic';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: populate-large.ts DATA_DIR');
const store = openStore(path.join(dataDir, DATABASE_FILE));
const project = store.projects.create('Large project (50,000 claims)');
const analysis = syntheticAnalysis(500, 100);
const added = analysis.articles.map((a) => ({ hash: a.hash, engineId: a.id, fileName: a.file, encoding: 'utf-8', raw: a.text }));
store.writer.write(project.id, analysis, [], added, new Date().toISOString());
store.close();
