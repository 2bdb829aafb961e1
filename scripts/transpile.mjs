// npm run build, first step: compiles src/**/*.ts into dist/**/*.js, one module per file as tsc
// would, with oxc (rolldown's transformer, the one vitest runs the sources through). Types are
// checked once, by `npm run typecheck` (tsc over src and test); this step only strips them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'rolldown/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

let failed = false;
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const result = transformSync(file, readFileSync(file, 'utf8'), { lang: 'ts', target: 'es2022' });
  for (const error of result.errors) {
    failed = true;
    process.stderr.write(`${relative(root, file)}: ${error.message}\n`);
  }
  const out = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.code);
}
if (failed) process.exit(1);
