// Fails when a text exists in one language and not the other: the web catalogs, the server's
// problem messages and the validation messages must have the same keys in English and French.
import { messageCodes } from '../src/core/messages';
import en from '../src/web/i18n/en.json' with { type: 'json' };
import fr from '../src/web/i18n/fr.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : entries(value, `${prefix}${key}.`),
  );
const keys = (tree: Tree) => entries(tree).map(([key]) => key);

const problems: string[] = [];
function compare(what: string, a: string[], b: string[]) {
  const inA = new Set(a);
  const inB = new Set(b);
  for (const key of a) if (!inB.has(key)) problems.push(`${what}: "${key}" is missing in French`);
  for (const key of b) if (!inA.has(key)) problems.push(`${what}: "${key}" is missing in English`);
}

compare('web catalog', keys(en as Tree), keys(fr as Tree));
compare('server messages', messageCodes.en, messageCodes.fr);
for (const [language, catalog] of [
  ['English', en],
  ['French', fr],
] as const) {
  for (const [key, value] of entries(catalog as Tree)) {
    if (value.trim() === '') problems.push(`web catalog: "${key}" is empty in ${language}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Translations complete: ${keys(en as Tree).length} web keys, ${messageCodes.en.length} server messages.`,
);
