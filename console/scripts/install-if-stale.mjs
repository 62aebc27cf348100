// `npm ci` unless node_modules was installed by this script from the same package-lock.json (its hash is kept in
// node_modules/.lock-hash): a build after an unchanged lockfile installs nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import './check-node.mjs';

const STAMP = 'node_modules/.lock-hash';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === lockHash) {
  console.log('install-if-stale: node_modules is installed from this package-lock.json');
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  writeFileSync(STAMP, lockHash);
}
