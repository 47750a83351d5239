/**
 * What the words around a name decide: fixed expressions and historical names (notThisEntity phrases, `until`),
 * homonyms, the country and description words that support a suspect, and the spellings the generator makes for
 * other scripts, particles and case forms. On the shipped glossary, since the cases are its own data.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { judgeContext, placesNamedBy, related } from '../src/context/entity-context.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import type { Entity } from '../src/glossary/model.ts';
import { excludedByEntity, historicalSentence, placePrecedes } from '../src/context/context.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { UK_RU } from '../src/translit/cyrillic/uk-ru.ts';
import { transliterate } from '../src/translit/index.ts';
import { generateVariants } from '../src/variants/generate.ts';

const glossary = loadGlossary();
const index = buildNameIndex(glossary);
const report = (text: string, locale = 'en') =>
  checkText(text, { locale, index }).diagnostics.map((d) => `${d.ruleId}: ${d.found} → ${d.entity}`);

const entity = (over: Partial<Entity>): Entity => ({
  id: 'x', type: 'place', description: 'test', native: {}, names: { en: ['X'] }, short: {}, variants: [], specs: [], sources: [], notThisEntity: [], ...over,
});

describe('notThisEntity phrases', () => {
  const kyiv = entity({ id: 'kyiv', names: { en: ['Kyiv'] }, notThisEntity: ['Chicken Kiev', 'Kiev-class', 'Émile Borel'] });
  const at = (text: string, word: string) => excludedByEntity(kyiv, text, text.indexOf(word), text.indexOf(word) + word.length);

  it('suppress a mention that stands inside a listed phrase, whatever the case and diacritics', () => {
    expect(at('She ordered chicken Kiev and a salad.', 'Kiev')).toBe(true);
    expect(at('CHICKEN KIEV, the menu said.', 'KIEV')).toBe(true);
    expect(at('The Kiev-class carriers were sold.', 'Kiev')).toBe(true);
    expect(at('Emile Borel proved it.', 'Emile Borel')).toBe(true);
  });
  it('leave the same word alone elsewhere', () => {
    expect(at('Missiles struck Kiev overnight.', 'Kiev')).toBe(false);
    expect(at('The chicken in Kiev was good.', 'Kiev')).toBe(false);
    expect(at('Kiev class schedules changed.', 'Kiev')).toBe(true); // a hyphen or a space: the same words
  });
  it('keep fixed expressions and homonyms of the shipped glossary unreported', () => {
    expect(report('Chicken Kiev is a breaded chicken breast.')).toEqual([]);
    expect(report('The Kiev-class aircraft carriers were built in Mykolaiv.')).toEqual([]);
    expect(report('Peking duck is carved at the table.')).toEqual([]);
    expect(report('The Kishinev pogrom drew condemnation.')).toEqual([]);
    expect(report('The Second Battle of Kharkov ended in a Soviet defeat.')).toEqual([]);
    expect(report('Dacca muslin was prized in Mughal times.')).toEqual([]);
    expect(report('The Dnepr rocket launched small satellites.')).toEqual([]);
    expect(report('Stephen the Great ruled the principality of Moldavia.')).toEqual([]);
    expect(report('Leonard Orban was the European Commissioner for Multilingualism.')).toEqual([]);
    expect(report('Der frühere rumänische Regierungschef Ludovic Orban trat zurück.', 'de')).toEqual([]);
    expect(report('Roberto Fico a présidé la Chambre des députés.', 'fr')).toEqual([]);
    expect(report('Итальянский политик Роберто Фико возглавлял палату.', 'ru')).toEqual([]);
    // The same words outside the phrase are still reported.
    expect(report('Russian missiles struck Kiev overnight.')).toEqual(['known-variant: Kiev → kyiv']);
  });
  it('are checked by the validator against the entity\'s own names', async () => {
    const { GlossaryError } = await import('../src/glossary/errors.ts');
    const { fixture } = await import('./fixtures.ts');
    try {
      loadGlossary({ withoutShipped: true, layers: [fixture('broken/not-this-self.yaml')] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GlossaryError);
      expect((error as InstanceType<typeof GlossaryError>).problems.map((p) => p.message)).toEqual([
        'kyiv: "Kiev" is listed under notThisEntity and is also a name or variant of this entity',
      ]);
    }
  });
});

describe('historical names (`until`)', () => {
  it('reads the years of the sentence around the name', () => {
    const text = 'Lemberg was the capital of Galicia until 1918. Lemberg is now Lviv.';
    expect(historicalSentence(text, 0, 7, 1918)).toBe(true);
    expect(historicalSentence(text, text.lastIndexOf('Lemberg'), text.lastIndexOf('Lemberg') + 7, 1918)).toBe(false); // no year
    expect(historicalSentence('In 1941 and again in 2022 Kharkov was shelled.', 26, 33, 1991)).toBe(false); // a later year too
    expect(historicalSentence('Kharkov grew fast in the 1930s.', 0, 7, 1991)).toBe(true);
  });
  it('keeps a former name unreported in a sentence about its time, and reports it today', () => {
    expect(report('Lemberg was the capital of the Austrian crownland of Galicia until 1918.')).toEqual([]);
    expect(report('The Kishinev pogrom of 1903 drew international condemnation.')).toEqual([]);
    expect(report('The Kharkov tractor factory built tanks in 1941.')).toEqual([]);
    expect(report('The missile hit Dnipropetrovsk in 2014, before the city was renamed.')).toEqual([]);
    expect(report('Russian forces shelled Kharkov on Monday.')).toEqual(['known-variant: Kharkov → kharkiv']);
    expect(report('In 2023 Russian forces shelled Kharkov again.')).toEqual(['known-variant: Kharkov → kharkiv']);
  });
  it('reads a named period as its last year, in each language', () => {
    const at = (sentence: string, word: string, until: number) => historicalSentence(sentence, sentence.indexOf(word), sentence.indexOf(word) + word.length, until);
    expect(at('Joseph Roth studierte vor dem Ersten Weltkrieg in Lemberg und Wien.', 'Lemberg', 1918)).toBe(true);
    expect(at('During the Second World War Kharkov changed hands four times.', 'Kharkov', 1991)).toBe(true);
    expect(at('В советское время Днепропетровск был закрытым городом.', 'Днепропетровск', 2016)).toBe(true);
    expect(at('Pendant la Seconde Guerre mondiale, Lemberg fut occupée.', 'Lemberg', 1918)).toBe(false); // 1945 is after 1918
    // A bare "Soviet Union" names no time: a sentence about today names it too.
    expect(at('Kharkov was an industrial centre of the Soviet Union.', 'Kharkov', 1991)).toBe(false);
  });
  it('lets a generated spelling and a suspect follow the entity\'s former names in a sentence about their time', () => {
    expect(report('Die Schlacht bei Charkow im Mai 1942 endete mit einer sowjetischen Niederlage.', 'de')).toEqual([]);
    expect(report('Russische Raketen trafen am Montag Charkow.', 'de')).toEqual(['transliteration-variant: Charkow → kharkiv']);
    expect(report('Le pogrom de Kichinev, en 1903, a choqué l\'Europe.', 'fr')).toEqual([]);
  });
  it('is a year in the schema', async () => {
    const { fixture } = await import('./fixtures.ts');
    expect(() => loadGlossary({ withoutShipped: true, layers: [fixture('broken/bad-until.yaml')] })).toThrow(/until/);
    expect(glossary.entities.get('lviv')!.variants.find((v) => v.form === 'Lemberg')!.until).toBe(1918);
  });
});

describe('case forms of wrong spellings that the suffix tables leave out', () => {
  it('matches a Polish or Czech genitive in -a or -u, and a hyphenated place in -sk, of a spelling that is wrong', () => {
    expect(report('Mieszkańcy Donbassu uciekają na zachód.', 'pl')).toEqual(['known-variant: Donbassu → donbas']);
    expect(report('Obyvatelé Donbassu prchají na západ.', 'cs')).toEqual(['known-variant: Donbassu → donbas']);
    expect(report('Pociąg z Iwano-Frankowska przyjechał z opóźnieniem.', 'pl')).toEqual(['known-variant: Iwano-Frankowska → ivano-frankivsk']);
  });
  it('never lends them to a right name that differs only in diacritics', () => {
    expect(report('Prezydent przyjechał do Paryża na szczyt.', 'pl')).toEqual([]);
  });
});

describe('a neighbour language\'s form of a place', () => {
  it('reports the Russian form of a Ukrainian city in Ukrainian text, declined or not', () => {
    expect(report('Російська армія знову обстріляла Харьков.', 'uk')).toEqual(['locale-form: Харьков → kharkiv']);
    expect(report('Делегація прибула з Мариуполя вранці.', 'uk')).toEqual(['locale-form: Мариуполя → mariupol']);
  });
  it('leaves a place that both languages write alike', () => {
    expect(report('Посол прибув до Вашингтона у вівторок.', 'uk')).toEqual([]);
  });
});

describe('homonyms', () => {
  it('knows the river Dnieper apart from the city of Dnipro, which some languages once wrote alike', () => {
    expect(report('Ukrainische Einheiten setzten bei Cherson über den Dnepr.', 'de')).toEqual([]);
    expect(report('Po zničení přehrady hladina Dněpru prudce stoupla.', 'cs')).toEqual([]);
    expect(report('Ukrainian forces crossed the Dnieper near Kherson.')).toEqual([]);
    // The city, named as a city, in the Russian-based spelling: still the city's misspelling.
    expect(report('Raketový útok zasáhl město Dněpr v noci.', 'cs')).toEqual(['known-variant: Dněpr → dnipro']);
  });
  it('knows the US state of Georgia as a place of its own', () => {
    expect(report('Der US-Bundesstaat Georgia ist für seine Pfirsiche bekannt.', 'de')).toEqual([]);
    expect(report('Atlanta is the capital of the US state of Georgia.')).toEqual([]);
  });
  it('drops another language\'s case form in a language that does not decline names', () => {
    expect(report('Lyudmila Putina divorced the president in 2013.')).toEqual([]);
  });
  it('takes the case form the text spells when two fold alike', () => {
    expect(report('Libią przez ponad czterdzieści lat rządził pułkownik.', 'pl')).toEqual([]);
  });
});

describe('context for suspects', () => {
  it('relates a word to a place name it starts with', () => {
    expect(related('ukrainian', 'ukraine')).toBe(true);
    expect(related('украины', 'украина')).toBe(true);
    expect(related('francuski', 'francja')).toBe(true);
    expect(related('slovak', 'slovenia')).toBe(false);
    expect(related('rosyjski', 'rosja')).toBe(false); // too little shared: missed rather than guessed
    // Of several places, the one the word shares most letters with.
    expect(placesNamedBy(glossary, 'Australian')).toEqual(['australia']);
    expect(placesNamedBy(glossary, 'Austrian')).toEqual(['austria']);
    expect(placesNamedBy(glossary, 'französischen')).toEqual(['france']);
    expect(placesNamedBy(glossary, 'French')).toEqual(['france']);
    expect(placesNamedBy(glossary, 'Украины')).toEqual(['ukraine']);
  });
  it('finds support in the country or a distinctive word of the description, and a country against', () => {
    const zelenskyy = glossary.entities.get('volodymyr-zelenskyy')!;
    const fico = glossary.entities.get('robert-fico')!;
    expect(judgeContext(glossary, zelenskyy, 'Ukrainian President Zelenksy spoke.', 20, 28).support).toBe(true);
    expect(judgeContext(glossary, zelenskyy, 'Президент Украины Зеленскиий выступил.', 18, 28).support).toBe(true);
    expect(judgeContext(glossary, zelenskyy, 'The actor Zelenksy spoke.', 10, 18).support).toBe(false);
    expect(judgeContext(glossary, glossary.entities.get('margrethe-vestager')!, 'Competition Commissioner Margarethe Vestager.', 25, 44).support).toBe(true);
    expect(judgeContext(glossary, fico, 'The Italian politician Roberto Fico spoke.', 23, 35).against).toBe(true);
    expect(judgeContext(glossary, fico, 'Slovak Prime Minister Roberto Fico spoke.', 22, 34)).toEqual({ support: true, against: false });
  });
  it('reports a lone surname typo when the sentence names the country, and not without it', () => {
    expect(report('Ukrainian President Zelenksy urged allies to speed up deliveries.')).toEqual(['suspected-variant: Zelenksy → volodymyr-zelenskyy']);
    expect(report('Президент Украины Зеленскиий обратился к нации.', 'ru')).toEqual(['suspected-variant: Зеленскиий → volodymyr-zelenskyy']);
    expect(report('The comedian Zelenksy urged fans to buy tickets.')).toEqual([]);
  });
  it('reports a given name a letter or two off before the right surname, unless the sentence is about another country', () => {
    expect(report('British Prime Minister Kier Starmer met the king.')).toEqual(['suspected-variant: Kier Starmer → keir-starmer']);
    expect(report('Italian Prime Minister Georgia Meloni met the US president.')).toEqual(['suspected-variant: Georgia Meloni → giorgia-meloni']);
    expect(report("L'ex presidente del Parlamento europeo Davide Sassoli è morto.", 'it')).toEqual(['suspected-variant: Davide Sassoli → david-sassoli']);
    expect(report('The Italian politician Robertto Fico spoke in Naples.')).toEqual([]);
    expect(report('Russian tennis player Daniil Medvedev won in Toronto.')).toEqual([]);
  });
  it('takes a place just named for no given name ("Президент Украины Зеленский")', () => {
    const mentions = checkText('Президент Франции Макрона не было.', { locale: 'ru', index }).mentions.map((m) => `${m.text} ${m.entity.id}`);
    expect(mentions).toEqual(['Франции france', 'Макрона emmanuel-macron']);
  });
  it('suspects a one-word place name with its own key after a preposition of place only', () => {
    expect(placePrecedes('shelling of Kharkhiv', 12, 'en')).toBe(true);
    expect(report('Russian shelling of Kharkhiv killed three people.')).toEqual(['suspected-variant: Kharkhiv → kharkiv']);
    expect(report("The curfew in Khar'kiv was extended.")).toEqual(['suspected-variant: Khar\'kiv → kharkiv']);
    expect(report('Kharkhiv said it would appeal.')).toEqual([]);
    expect(report('He dedicated the song to Sophia.')).toEqual([]);
  });
  it('keeps the seed cases', () => {
    expect(report('The train from Deventer to Zwolle was cancelled.')).toEqual([]);
    expect(report('By the Borel–Cantelli lemma, the event occurs only finitely often.')).toEqual([]);
  });
});

describe('generated spellings', () => {
  const forms = (id: string) => generateVariants(glossary.entities.get(id)!);

  it('writes Ukrainian names in Russian letters for Russian text', () => {
    expect(transliterate('Дніпро', UK_RU)).toBe('Днипро');
    expect(transliterate("Мар'їнка", UK_RU)).toBe('Марьинка');
    expect(report('В Днипро прогремели взрывы.', 'ru')).toEqual(['transliteration-variant: Днипро → dnipro']);
    expect(report('Во Львиве объявили воздушную тревогу.', 'ru')).toEqual(['transliteration-variant: Львиве → lviv']);
    expect(report('Атомная станция под Ривне отключена.', 'ru')).toEqual(['transliteration-variant: Ривне → rivne']);
    expect(report('В Днипро прогремели взрывы.', 'bg')).toEqual([]); // the Bulgarian form
  });
  it('reads a name by the rules of a language that writes it alike but is not its own (Catalan as Spanish)', () => {
    expect(forms('josep-borrell').find((v) => v.form === 'Хосеп Боррель')?.paths).toContain('es (canonical) → es>ru');
    expect(report('Глава европейской дипломатии Хосеп Боррель призвал к сдержанности.', 'ru')).toEqual(['transliteration-variant: Хосеп Боррель → josep-borrell']);
  });
  it('never makes a spelling with letters of two scripts', () => {
    for (const id of ['recep-tayyip-erdogan', 'josep-borrell', 'volodymyr-zelenskyy']) {
      for (const v of forms(id)) expect(/\p{Script=Latin}/u.test(v.form) && /\p{Script=Cyrillic}/u.test(v.form), v.form).toBe(false);
    }
  });
  it('declines a practical transcription in the language it is made for', () => {
    expect(report('Trwają walki o Awdiejewkę.', 'pl')).toEqual(['transliteration-variant: Awdiejewkę → avdiivka']);
    expect(report('Rosyjski ostrzał Łuhańska trwał całą noc.', 'pl')).toEqual(['transliteration-variant: Łuhańska → luhansk']);
    expect(report('The regional administration moved out of Luhansk.')).toEqual([]);
  });
  it('joins or splits a surname\'s particle, reported as a suspect', () => {
    expect(forms('tom-van-grieken').filter((v) => v.kind === 'spacing').map((v) => v.form)).toEqual(['Tom Vangrieken', 'Vangrieken']);
    expect(forms('filip-dewinter').filter((v) => v.kind === 'spacing').map((v) => v.form)).toEqual(['Filip De Winter']);
    expect(report('N-VA-voorzitter Bart Dewever kondigde een regering aan.', 'nl')).toEqual(['suspected-variant: Bart Dewever → bart-de-wever']);
    expect(report('Het parlementslid Filip De Winter ontkende alles.', 'nl')).toEqual(['suspected-variant: Filip De Winter → filip-dewinter']);
    expect(report('Novelist Leon de Winter lives in Amsterdam.')).toEqual([]);
  });
  it('attributes a form with letters the language lacks, and this locale\'s form but for an apostrophe', () => {
    expect(report('После удара город Харків остался без света.', 'ru')).toEqual(['locale-form: Харків → kharkiv']);
    expect(report('«Слава Україні!» — сказал он.', 'ru')).toEqual([]);
    expect(report("The regional administration in Luhans'k was moved.")).toEqual(['exact-form: Luhans\'k → luhansk']);
  });
});
