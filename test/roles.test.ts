/** A role of the person's right before a surname (fuzzy/roles.ts, with the stems of lexicon/roles.ts). */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/glossary/model.ts';
import { roleBefore } from '../src/fuzzy/roles.ts';

const person = (description: string): Entity =>
  ({ id: 'p', type: 'person', description, names: { en: ['Andrzej Duda'] }, native: {}, short: {}, variants: [] }) as unknown as Entity;
const at = (text: string, word: string) => text.indexOf(word);

describe('a role before a surname', () => {
  it('is a role of the description in the text’s language, declined, right before or one word before', () => {
    const duda = person('President of Poland');
    expect(roleBefore('Polish President Dude said', at('Polish President Dude said', 'Dude'), duda)).toBe(true);
    expect(roleBefore('z prezydentem Dudą', at('z prezydentem Dudą', 'Dudą'), duda)).toBe(true);
    expect(roleBefore('президент компанії Дуда', at('президент компанії Дуда', 'Дуда'), duda)).toBe(true);
    expect(roleBefore('президент компанії Дуда', at('президент компанії Дуда', 'Дуда'), duda, true)).toBe(false);
    expect(roleBefore('The farmer Dude said', at('The farmer Dude said', 'Dude'), duda)).toBe(false);
  });

  it('is nothing for a description whose words are no roles, whatever they are called', () => {
    for (const description of ['bridge constructor', 'toString valueOf hasOwnProperty', '__proto__ prototype']) {
      expect(roleBefore('The constructor Dude said', at('The constructor Dude said', 'Dude'), person(description))).toBe(false);
    }
  });
});
