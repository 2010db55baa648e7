// Stands in for 'better-sqlite3' inside the Electron bundles (main.cjs and
// analysis-worker.cjs; build.mjs aliases the import to this file). It injects
// better-sqlite3's `nativeBinding` option from CORROBORATE_SQLITE_BINDING, the
// Electron-ABI build made by start.mjs (or shipped in resources/native), so the
// store code stays transport-agnostic and node_modules keeps the Node build
// that tests and the CLI load. Without the env var it is better-sqlite3 unchanged.
'use strict';
const Real = require('better-sqlite3');

function Database(filename, options) {
  const binding = process.env.CORROBORATE_SQLITE_BINDING;
  const opts = options == null ? {} : options;
  const withBinding = binding && opts.nativeBinding == null ? Object.assign({}, opts, { nativeBinding: binding }) : options;
  return new Real(filename, withBinding);
}
// Same prototype and statics (SqliteError...), so instanceof and types still hold.
Database.prototype = Real.prototype;
Object.assign(Database, Real);

module.exports = Database;
