/**
 * Recall of misspelt, garbled and wrongly declined names as machine translation writes them (issue 10), with the
 * shipped glossary: each mechanism with sentences that it must report and sentences it must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { shippedIndex, suspectedVariants } from './helpers.ts';

const index = shippedIndex;
// Building the shipped glossary's index takes a while on a loaded machine: once, outside the tests' time.
beforeAll(() => void index(), 180_000);

const suspects = suspectedVariants;

describe('a surname alone with the very key of a known surname', () => {
  it('is reported with no context, at a sentence start too, when the language does not know the word', () => {
    expect(suspects('en', 'Metzola demanded faster deliveries of air defence systems on Thursday.')).toEqual(['Metzola → roberta-metsola']);
    expect(suspects('en', 'In Strasbourg, Mezzola urged member states to act before the summer.')).toEqual(['Mezzola → roberta-metsola']);
  });
  it('leaves a word the language knows, a given name and a short key alone', () => {
    // "Karel" has the key of Charles III's Czech given name; "Betel" the key of Bettel, but is a short key.
    expect(suspects('it', 'Negli anni della presidenza, Karel si preoccupava di altro.')).toEqual([]);
    expect(suspects('it', 'Il mercato vendeva foglie di Betel e pesce secco.')).toEqual([]);
    // An ordinary English word two cheap letters from a surname.
    expect(suspects('en', 'Dude, the concert starts at nine, said the doorman.')).toEqual([]);
  });
});

describe('a given name left undeclined before a declined surname', () => {
  it('is right as the language writes the nominative, and a misspelling otherwise', () => {
    expect(suspects('cs', 'Návrh Riši Sunaka na zrušení rozsudků kritizují právníci.')).toEqual(['Riši Sunaka → rishi-sunak']);
    expect(suspects('cs', 'Návrh Rishi Sunaka na zrušení rozsudků kritizují právníci.')).toEqual([]);
  });
});

describe('a case form of another language', () => {
  it('does not hide the text language’s own case forms from a garbled surname', () => {
    expect(suspects('cs', 'Kritici mluví o nové praxi v Keir Starmerje straně, která zasahuje do výběru kandidátů.')).toEqual(['Keir Starmerje → keir-starmer']);
  });
  it('still stands for the word when the word has its very key', () => {
    // Floyda is the Polish genitive; Czech declines George Floyd the same way.
    expect(suspects('cs', 'Od smrti George Floyda se ve městě konají protesty.')).toEqual([]);
  });
  it('in another script says nothing: Бидена is no Polish Bidena', () => {
    expect(suspects('ru', 'Эксперты похвалили решения администрации Бидена в области экологии.')).toEqual(['Бидена → joe-biden']);
  });
});

describe('a role word of the description before a surname alone', () => {
  it('is context for a near spelling', () => {
    expect(suspects('en', 'The remarks by President Doda followed talks with Kyiv about tanks.')).toEqual(['Doda → andrzej-duda']);
    expect(suspects('uk', 'Після зустрічі з американським генералом Залужній наголосив на загрозі для судноплавства.')).toEqual(['Залужній → valerii-zaluzhnyi']);
  });
  it('counts a president’s administration as the role', () => {
    expect(suspects('ru', 'Эксперты похвалили решения администрации Бейдена в области экологии.')).toEqual(['Бейдена → joe-biden']);
    expect(suspects('ru', 'Эксперты похвалили решения администрации Бидена в области экологии.')).toEqual(['Бидена → joe-biden']);
    expect(suspects('ru', 'Эксперты похвалили решения сотрудников Бейдена в области экологии.')).toEqual([]);
  });
  it('is no context without the role, nor for a role the person never had', () => {
    expect(suspects('en', 'The remarks by Doda followed talks with Kyiv about tanks.')).toEqual([]);
    expect(suspects('en', 'The remarks by General Doda followed talks with Kyiv about tanks.')).toEqual([]);
    expect(suspects('uk', 'Після зустрічі з американським послом Залужній наголосив на загрозі для судноплавства.')).toEqual([]);
  });
});

describe('a surname that only doubles a letter of a known one', () => {
  it('is another family’s name, not reported without context', () => {
    expect(suspects('it', 'Melloni scoprì che il calore radiante si comporta come la luce.')).toEqual([]);
  });
});

describe('a place’s name alone where the sentence names its country', () => {
  it('stands for a preposition of place, in quotation marks too', () => {
    expect(suspects('en', 'He later joined the Maltese champions "Valetta" on a two-year deal.')).toEqual(['Valetta → valletta']);
    expect(suspects('en', 'He later joined the Maltese champions Valetta on a two-year deal.')).toEqual(['Valetta → valletta']);
  });
  it('is no context without the country', () => {
    expect(suspects('en', 'He later joined the champions "Valetta" on a two-year deal.')).toEqual([]);
  });
});

describe('a woman’s surname declined as a man’s', () => {
  const found = (locale: string, text: string) =>
    checkText(text, { locale, index: index() }).diagnostics.filter((d) => d.ruleId === 'suspected-variant').map((d) => `${d.found} → ${d.expected}`);
  it('is reported with the right case form of her name where the sentence speaks of her', () => {
    expect(found('cs', 'Americká předsedkyně Sněmovny řekla, že Pelosiho plán podpoří.')).toEqual(['Pelosiho → Pelosiové']);
    expect(found('ru', 'Бывший канцлер Германии заявила, что политика Меркеля была верной.')).toEqual(['Меркеля → Меркель']);
  });
  it('is not reported where nothing says she is meant (her husband has the surname too)', () => {
    expect(found('cs', 'Podle svědků se Pelosiho auto zastavilo u plotu.')).toEqual([]);
  });
});

describe('a known word farther than the nearest that the words before it extend', () => {
  it('makes a hypothesis of the whole name (Europaa is nearest to Europa, but Comisi makes it Comisión Europea)', () => {
    expect(suspects('es', 'El Gobierno presentó ayer un recurso ante la Comisi Europaa por la multa.')).toEqual(['Comisi Europaa → european-commission']);
  });
  it('leaves the right names alone', () => {
    expect(suspects('es', 'La Comisión Europea y el Consejo de Europa firmaron el acuerdo en Estrasburgo.')).toEqual([]);
    // Only a name this language writes: German "EU-Kommission" is no reading of the English "EU Commission".
    expect(suspects('en', 'The EU Commission said on Monday that the talks would continue.')).toEqual([]);
  });
});

describe('a two-word name near a person’s in both words', () => {
  it('is another person when the given name is far too, however near the surname (the footballer Рияд Марез is not Ричард Марлз)', () => {
    expect(suspects('ru', 'Нападающий «Манчестер Сити» Рияд Марез забил второй гол.')).toEqual([]);
  });
  it('is still a misspelling when the given name is near (Ричард Марлес)', () => {
    expect(suspects('ru', 'Министр обороны Австралии Ричад Марлес прибыл в Токио.')).toEqual(['Ричад Марлес → richard-marles']);
  });
});
