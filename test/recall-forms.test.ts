/**
 * Issue 10: right forms of an entity left in the wrong place by machine translation: another locale's form, a
 * declined surname left in the source's script, names in capitals (datelines). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { reportLines } from './helpers.ts';

const reports = reportLines;

describe('a surname declined in another language and left in its script', () => {
  it('is reported in Ukrainian text with the Ukrainian case form, before the entity is named', () => {
    expect(reports("Прем'єр подякував Babišovi за підтримку коаліції.", 'uk')).toEqual(['foreign-script: Babišovi → Бабішу (Бабішу)']);
    expect(reports('Уряд у Варшаві висловив подяку Tuskowi за рішучу позицію.', 'uk')).toEqual(['foreign-script: Tuskowi → Туску (Туску)']);
  });

  it('in the nominative stays a name that may be anyone’s, as before', () => {
    expect(reports('Автор колонки: Babiš, оглядач тижневика.', 'uk')).toEqual([]);
    expect(reports('Про це написав Tusk у своєму блозі.', 'uk')).toEqual([]);
  });

  it('is not reported when the case form is also the feminine of the surname', () => {
    // Czech Putina is Putin's genitive and a woman's surname as well; the dative Putinovi is only his.
    expect(reports("Прем'єр розкритикував Putina за затримку поставок.", 'uk')).toEqual([]);
    expect(reports("Прем'єр надіслав Putinovi відкритого листа.", 'uk')).toEqual(['foreign-script: Putinovi → Путіну (Путіну)']);
    // A surname whose feminine is another word (Polish Tusk, a woman Tusk too) keeps its genitive.
    expect(reports('Сейм підтримав бюджет уряду Tuska в першому читанні.', 'uk')).toEqual(['foreign-script: Tuska → Туска (Туска)']);
  });
});

describe('another locale’s form of a place in capitals (a dateline)', () => {
  it('is reported in German, where the press writes Neu-Delhi, with the capitals kept by the fix', () => {
    expect(reports('NEW DELHI (dpa) - Die indische Regierung hat am Montag neue Zölle angekündigt.', 'de')).toEqual([
      'locale-form: NEW DELHI → Neu-Delhi (NEU-DELHI)',
    ]);
    expect(reports('New DELHI (dpa) - Indiens Zentralbank hat den Leitzins gesenkt.', 'de')).toEqual(['locale-form: New DELHI → Neu-Delhi (Neu-Delhi)']);
    expect(reports('Beim Gipfel in New Delhi sprach der Kanzler über Handel.', 'de')).toEqual(['locale-form: New Delhi → Neu-Delhi (Neu-Delhi)']);
    expect(reports('NEU-DELHI (dpa) - Die indische Regierung hat am Montag neue Zölle angekündigt.', 'de')).toEqual([]);
  });

  it('is right where the locale writes it so', () => {
    expect(reports("NEW DELHI (Reuters) - India's government announced new tariffs on Monday.", 'en')).toEqual([]);
    expect(reports('NEW DELHI (AFP) - Le gouvernement indien a annoncé de nouveaux droits de douane.', 'fr')).toEqual([]);
  });

  it('leaves acronyms written in capitals what they are', () => {
    expect(reports('THE US AND THE WHO WILL MEET IN NEW DELHI NEXT WEEK', 'en')).toEqual([]);
    expect(reports('KYIV (AP) - Ukraine said on Monday that the EU had agreed.', 'en')).toEqual([]);
    expect(reports('KIEV (AP) - Ukraine said on Monday that the EU had agreed.', 'en')).toEqual(['known-variant: KIEV → Kyiv (KYIV)']);
  });
});

describe('a dateline left in the source language', () => {
  it('names a place even in a one-word form of another locale that could be a word or another place elsewhere', () => {
    expect(reports('MOSKAU (dpa) - The Russian foreign ministry summoned the ambassador on Tuesday.', 'en')).toEqual([
      'locale-form: MOSKAU → Moscow (MOSCOW)',
    ]);
    expect(reports('ROMA, 3 March (ANSA) - The Italian cabinet approved the budget.', 'en')).toEqual(['locale-form: ROMA → Rome (ROME)']);
    expect(reports('PRAHA (ČTK) - Die tschechische Regierung hat den Haushalt gebilligt.', 'de')).toEqual(['locale-form: PRAHA → Prag (PRAG)']);
  });

  it('needs the capitals, the line start and the agency or dash after it', () => {
    expect(reports('The Roma community of Prague held a festival.', 'en')).toEqual([]);
    expect(reports('Fans of ROMA (the club) filled the square.', 'en')).toEqual([]);
    expect(reports('ROMA fans filled the square on Sunday.', 'en')).toEqual([]);
    // A bracket or a comma after the word is no credit by itself.
    expect(reports('ROMA (the club) fans filled the square on Sunday.', 'en')).toEqual([]);
    expect(reports('ROMA, the club, won again on Sunday.', 'en')).toEqual([]);
  });
});

describe('a short form the locale lists without a full name of its own', () => {
  it('is no other locale’s form when the text spells it as the locale does', () => {
    // Czech News Agency has a German short form (ČTK) and no German full name.
    expect(reports('Das berichtete die Nachrichtenagentur ČTK am Abend.', 'de')).toEqual([]);
  });
});
