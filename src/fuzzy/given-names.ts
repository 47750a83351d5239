/**
 * Given names that are one name in several languages (Friedrich, Federico, Frédéric; Peter, Pierre, Piotr).
 * Machine translation and careless translators put a person's given name into the target language ("Federico
 * Merz", "Carlos Michel", "Pierre Pavel"): the surname is right, the given name is the translator's. And a right
 * surname after a given name that is no form of the entity's is someone else (Oleg Navalny, Alexei's brother).
 *
 * Groups are compared by fuzzy key (key.ts), so the Cyrillic forms (Фридрих, Пётр, Петро) fall in with the
 * Latin ones without being listed. Kept by hand: no package lists given-name equivalents across these languages,
 * and the list is short.
 */
import { nameKey } from './key.ts';

const GROUPS: readonly string[] = [
  'Alexander Alexandre Alejandro Alessandro Aleksander Alexandr Aleksandr Oleksandr Alexandros',
  'Andrew Andreas André Andrés Andrea Andrzej Ondřej Andrei Andrey Andriy Andrii Andries',
  'Anthony Anton Antoine Antonio António Antoni Antonín Antoon',
  'Charles Karl Carl Carlos Carlo Karol Karel',
  'Edward Eduard Édouard Eduardo Edoardo Edvard',
  'Emmanuel Emanuel Emanuele Manuel',
  'Francis Franz François Francisco Francesco Franciszek František Frans',
  'Frederick Friedrich Frédéric Federico Fryderyk Bedřich Frederik',
  'George Georg Georges Jorge Giorgio Jerzy Jiří Georgios',
  'Henry Heinrich Henri Enrique Enrico Henryk Jindřich Hendrik',
  'Jacob Jakob Jacques Jacobo Giacomo Jakub Jaakov',
  'John Johann Johannes Jean Juan Giovanni Jan Ivan Ioannis',
  'Joseph Josef José Josep Giuseppe Józef Josip Iosif Yosyp',
  'Louis Ludwig Luis Luigi Ludwik Ludvík Lodewijk',
  'Mark Marc Marco Marek Marcos Markus Marcus',
  'Matthew Matthias Mathieu Mateo Matteo Mateusz Matěj',
  'Michael Michel Miguel Michele Michał Michal Mikhail Mykhailo Michiel',
  'Nicholas Nikolaus Nicolas Nicolás Nicola Mikołaj Mikuláš Nikolai Mykola Nicolaas',
  'Paul Pablo Paolo Paweł Pavel Pavlo Pavol',
  'Peter Pierre Pedro Pietro Piotr Petr Pieter Petro Pyotr',
  'Richard Ricardo Riccardo Ryszard',
  'Robert Roberto Róbert',
  'Stephen Stefan Étienne Esteban Stefano Štěpán Stepan Stephan',
  'Thomas Tomás Tommaso Tomasz Tomáš',
  'Victor Viktor Víctor Vittorio Wiktor',
  'Vladimir Volodymyr Włodzimierz Wladimir Vladimír',
  'William Wilhelm Guillaume Guillermo Guglielmo Willem',
  'Catherine Katharina Catalina Caterina Katarzyna Kateřina Yekaterina Kateryna',
  'Helen Helena Hélène Elena Olena Jelena',
  'Mary Maria Marie María Marija',
];

/** Fuzzy key → its group; a key found in two groups (none so far) belongs to neither. */
const GROUP_OF: ReadonlyMap<string, number> = (() => {
  const groups = new Map<string, number>();
  const clashing = new Set<string>();
  GROUPS.forEach((line, group) => {
    for (const name of line.split(' ')) {
      const key = nameKey(name);
      const known = groups.get(key);
      if (known !== undefined && known !== group) clashing.add(key);
      groups.set(key, group);
    }
  });
  for (const key of clashing) groups.delete(key);
  return groups;
})();

// Group → the keys of its names (each key once, in the order of its line), for lookups by key.
const KEYS_OF: readonly (readonly string[])[] = (() => {
  const keys: string[][] = GROUPS.map(() => []);
  for (const [key, group] of GROUP_OF) if (!keys[group]!.includes(key)) keys[group]!.push(key);
  return keys;
})();

/** The keys of a group's given names (none for an unknown group). */
export function groupKeys(group: number): readonly string[] {
  return KEYS_OF[group] ?? [];
}

/** The group of a given name's key (one name in several languages), or undefined. */
export function givenNameGroup(key: string): number | undefined {
  return GROUP_OF.get(key);
}

/** Whether two given names (as fuzzy keys) are one name in two languages. */
export function sameGivenName(a: string, b: string): boolean {
  const group = GROUP_OF.get(a);
  return group !== undefined && group === GROUP_OF.get(b);
}

// Frequent given names written alike in most of these languages, which the groups above do not hold.
const ALSO_GIVEN: ReadonlySet<string> = new Set(
  ('Adam Anna Boris Daniel David Eva Hans Igor Julia Laura Lena Martin Monika Natalia Oleg Olga Oskar Sofia Sophie ' +
    'Tatiana Ursula Vera Yulia Zofia Angela Christian Dominik Emil Felix Hugo Ingrid Irina Jens Karin Klaus Lars ' +
    'Leo Lukas Marina Max Nadia Olaf Otto Rainer Sandra Sebastian Simon Svetlana Ulrich Werner').split(' ').map(nameKey),
);

/** Whether a fuzzy key is a given name this module knows (in any of its languages). */
export function isGivenName(key: string): boolean {
  return GROUP_OF.has(key) || ALSO_GIVEN.has(key);
}
