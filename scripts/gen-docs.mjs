// Writes the reference pages made from the code (docs/codes.md, docs/commands.md,
// docs/line-ids.md) from the BUILT code: `npm run docs` builds first. test/docs.test.ts fails
// when the committed pages differ from what this prints.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceDocs } from '../dist/docs/reference.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, content] of referenceDocs()) {
  writeFileSync(join(root, path), content);
  process.stdout.write(`${path}\n`);
}
