// After `vite build`: the JavaScript a browser downloads, gzipped, for the login and the shell (the entry, its static
// imports and the login page's chunk) and for each area's pages on top of that, from dist/.vite/manifest.json.
// Fails when the login and the shell exceed issue 13's budget of 300 KB, or when an area's page is in the entry.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const gzipped = new Map();
const size = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length);
  return gzipped.get(file);
};

/** The chunk keys a chunk loads before it runs (itself and its static imports, transitively). */
function closure(key, into = new Set()) {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}
const bytes = (keys) => [...keys].filter((key) => manifest[key].file.endsWith('.js')).reduce((sum, key) => sum + size(manifest[key].file), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shell = closure(entry);
for (const page of ['src/views/LoginView.vue', 'src/views/NothingHereView.vue']) closure(page, shell);
const shellBytes = bytes(shell);

const areas = new Map();
for (const key of Object.keys(manifest)) {
  const area = key.match(/^src\/areas\/([^/]+)\//)?.[1] ?? (key === 'src/views/SwapOrdersView.vue' ? 'swap orders (merchant, ops)' : undefined);
  if (!area || !manifest[key].isDynamicEntry) continue;
  if (shell.has(key)) {
    console.error(`check-budget: ${key} (area ${area}) is in the entry chunk: areas must load on their own`);
    process.exit(1);
  }
  const extra = [...closure(key)].filter((chunk) => !shell.has(chunk));
  const pages = areas.get(area) ?? { pages: 0, chunks: new Set(), largest: 0 };
  pages.pages += 1;
  extra.forEach((chunk) => pages.chunks.add(chunk));
  pages.largest = Math.max(pages.largest, bytes(extra));
  areas.set(area, pages);
}

console.log(`check-budget: login + shell ${kb(shellBytes)} of JavaScript gzipped (budget ${kb(BUDGET)}), ${shell.size} chunks`);
for (const [area, { pages, chunks, largest }] of [...areas].sort()) {
  console.log(`check-budget:   ${area}: ${pages} pages, ${kb(bytes(chunks))} for all of them, the heaviest page ${kb(largest)} on top of the shell`);
}
if (shellBytes > BUDGET) {
  console.error(`check-budget: the login and the shell are ${kb(shellBytes)}, over the budget of ${kb(BUDGET)}`);
  process.exit(1);
}
