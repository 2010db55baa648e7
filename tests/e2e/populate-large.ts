// `tsx tests/e2e/populate-large.ts DATA_DIR`: writes a 50,000-claim project into the
// app database in DATA_DIR before the host starts (the large-project spec's fixture).
import path from 'node:path';
import { openStore } from '../../electron/store';
import { DATABASE_FILE } from '../../electron/paths';
import { storeAnalysis, syntheticAnalysis } from '../helpers/synthetic';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: populate-large.ts DATA_DIR');
const store = openStore(path.join(dataDir, DATABASE_FILE));
const project = store.projects.create('Large project (50,000 claims)');
const analysis = syntheticAnalysis(500, 100);
storeAnalysis(store, project.id, analysis);
store.close();
