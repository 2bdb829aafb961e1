// `asso add` in a terminal: the questions for what the flags did not give, each answer checked
// as it is typed (a bad date is asked again at once), accounts found by words of their label.
import type { Chart } from '../chart/chart.js';
import { findAccounts, preferredFor } from '../entry/account-search.js';
import { parseKind, type Kind } from '../entry/operation.js';
import {
  checkAccount,
  checkAmount,
  checkBank,
  checkDate,
  defaultBank,
  type AddInput,
  type AddLedger,
  type Checked,
} from '../entry/settle.js';
import { fiscalYearOf } from '../fiscal.js';
import { addMessages as say } from '../messages/add.js';
import type { Text } from '../messages/text.js';
import type { Prompt } from './prompt.js';

const LIST = 8;

/** The input completed by questions. */
export async function askOperation(
  prompt: Prompt,
  given: Partial<AddInput>,
  ledger: AddLedger,
  uses: ReadonlyMap<string, number>,
): Promise<AddInput> {
  const kind: Kind =
    given.kind ??
    (await prompt.ask<Kind>(say.askKind(), (answer) => {
      const found = parseKind(answer);
      return found ? { value: found } : { problem: say.unknownKind(answer) };
    }));
  const date =
    given.date ??
    (await prompt.ask(say.askDate(ledger.today), (answer) => {
      const checked = checkDate(answer || ledger.today);
      if ('problem' in checked) return checked;
      const year = fiscalYearOf(ledger.calendar, checked.value);
      return ledger.sealed(year) ? { problem: say.sealedYear(year, checked.value) } : checked;
    }));
  const amount =
    given.amount ?? (await prompt.ask(say.askAmount(), (answer) => asText(checkAmount(answer, kind), answer)));
  const chart = ledger.chartFor(fiscalYearOf(ledger.calendar, checkDateValue(date, ledger.today)));
  const input: AddInput = { ...given, kind, date, amount };
  const bankCheck = (option: string) => (answer: string) => checkBank(chart, answer, option);
  const accountCheck = (answer: string) => checkAccount(chart, answer);
  switch (kind) {
    case 'virement': {
      const from = given.from ?? (await askAccount(prompt, chart, say.askFrom(), bankCheck('--from'), uses, 'bank'));
      const to =
        given.to ??
        (await askAccount(
          prompt,
          chart,
          say.askTo(),
          (answer) => {
            const checked = bankCheck('--to')(answer);
            return 'value' in checked && checked.value === from ? { problem: say.sameAccount(from) } : checked;
          },
          uses,
          'bank',
        ));
      return withLabel(prompt, { ...input, from, to }, `Virement ${from} → ${to}`, given.label);
    }
    case 'recette':
    case 'depense': {
      const role = kind === 'recette' ? 'income' : 'expense';
      const account =
        given.account ?? (await askAccount(prompt, chart, say.askAccount(role), accountCheck, uses, role));
      let bank = given.bank;
      const fallback = defaultBank(ledger.own);
      if (bank === undefined && 'problem' in fallback) {
        const first = ledger.own.find((a) => a.number.startsWith('512') && a.number.length > 3)?.number;
        bank = await askAccount(prompt, chart, say.askBank(first), bankCheck('--bank'), uses, 'bank', first);
      }
      return withLabel(prompt, { ...input, account, bank }, labelOf(chart, account), given.label);
    }
    case 'dette':
    case 'creance': {
      const role = kind === 'creance' ? 'income' : 'expense';
      const account =
        given.account ?? (await askAccount(prompt, chart, say.askAccount(role), accountCheck, uses, role));
      const third =
        kind === 'dette'
          ? {
              supplier:
                given.supplier ??
                given.aux ??
                ((await prompt.ask(say.askSupplier(), (a) => ({ value: a }))) || undefined),
            }
          : {
              member:
                given.member ?? given.aux ?? ((await prompt.ask(say.askMember(), (a) => ({ value: a }))) || undefined),
            };
      return withLabel(prompt, { ...input, account, ...third, aux: undefined }, labelOf(chart, account), given.label);
    }
  }
}

function checkDateValue(date: string, today: string): string {
  const checked = checkDate(date);
  return 'value' in checked ? checked.value : today;
}

function asText<T>(checked: Checked<T>, answer: string): Checked<string> {
  return 'value' in checked ? { value: answer } : checked;
}

function labelOf(chart: Chart, account: string): string {
  return chart.accounts.get(account)?.label ?? account;
}

async function withLabel(
  prompt: Prompt,
  input: AddInput,
  fallback: string,
  given: string | undefined,
): Promise<AddInput> {
  const label = given ?? ((await prompt.ask(say.askLabel(fallback), (answer) => ({ value: answer }))) || fallback);
  return { ...input, label };
}

/** An account by its number or words of its label; several matches are listed to choose from. */
export async function askAccount(
  prompt: Prompt,
  chart: Chart,
  question: Text,
  check: (answer: string) => Checked<string>,
  uses: ReadonlyMap<string, number>,
  role: 'expense' | 'income' | 'bank' | 'any',
  fallback?: string,
): Promise<string> {
  let answer = await prompt.ask<string>(question, (typed) =>
    typed || fallback ? { value: typed || fallback! } : { problem: say.required() },
  );
  for (;;) {
    if (/^\d+$/.test(answer)) {
      const checked = check(answer);
      if ('value' in checked) return checked.value;
      prompt.tell(checked.problem);
    } else {
      const matches = findAccounts(chart, answer, uses, preferredFor(role)).filter((a) => 'value' in check(a.number));
      if (matches.length === 1) {
        prompt.tell(say.chosen(`${matches[0]!.number} ${matches[0]!.label}`));
        return matches[0]!.number;
      }
      if (matches.length === 0) prompt.tell(say.noMatch(answer));
      else {
        const shown = matches.slice(0, LIST);
        prompt.tell(say.choices(shown.map((a, i) => `  ${i + 1}. ${a.number} ${a.label}`)));
        const pick = await prompt.ask<string>(say.askChoice(), (typed) => ({ value: typed }));
        const index = pick === '' ? 1 : /^[1-9]$/.test(pick) ? parseInt(pick, 10) : 0;
        if (index >= 1 && index <= shown.length) {
          prompt.tell(say.chosen(`${shown[index - 1]!.number} ${shown[index - 1]!.label}`));
          return shown[index - 1]!.number;
        }
        answer = pick;
        continue;
      }
    }
    answer = await prompt.ask<string>(question, (typed) => (typed ? { value: typed } : { problem: say.required() }));
  }
}
