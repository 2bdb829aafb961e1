// Messages of the simplified journal files (one operation per row).
import { text } from './text.js';

export const oneLineMessages = {
  ragged: (found: number, expected: number) =>
    text(
      `cette ligne a ${found} champs mais l'en-tête en a ${expected} : vérifiez qu'il ne manque pas un séparateur ou qu'il n'y en a pas un de trop (un libellé contenant le séparateur doit être entre guillemets)`,
      `this row has ${found} fields but the header has ${expected}: check for a missing or extra delimiter (a label holding the delimiter must be quoted)`,
    ),
};
