/**
 * Ukrainian paradigms for proper names (rules are tried in order; the first that fits wins).
 * Sources: Український правопис (2019), §§ on the declension of nouns and surnames, and attested press
 * forms (see test/inflect.test.ts). Vocative is not produced.
 */
import { PERSON, PLACE, type LanguageSpec, type Role, type Rule } from './engine.ts';

const G: readonly Role[] = ['given', 'patronymic'];
const S: readonly Role[] = ['surname'];
const ADJ: readonly Role[] = ['placeAdj'];
const C = 'бвгґджзклмнпрстфхцчшщ'; // consonant letters (й and ь handled apart)

const rules: readonly Rule[] = [
  // Adjectives before a place noun: Кривий Ріг, Біла Церква, Нижній Новгород, Нова Каховка.
  // Plural adjectives (Сполучені Штати, Об'єднані Арабські Емірати).
  { re: /і$/, roles: ADJ, agree: 'pl', adj: true, strip: 1, forms: { genitive: 'их', dative: 'им', accusative: '@nom', instrumental: 'ими', locative: 'их' } },
  { re: /ній$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ього', dative: 'ьому', accusative: '@nom', instrumental: 'ім', locative: ['ьому', 'ім'] } },
  { re: /ий$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'им', locative: ['ому', 'ім'] } },
  { re: /ня$/, roles: ADJ, adj: true, strip: 1, forms: { genitive: 'ьої', dative: 'ій', accusative: 'ю', instrumental: 'ьою', locative: 'ій' } },
  // Feminine adjectives end in -а like nouns, so only adjectival suffixes and a closed list are taken
  // (Південна, Саудівська, Велика, Біла, Нова): "Республіка Конго" is a noun phrase, not Adj + Noun.
  { re: /(?:на|[сцз]ька|^(?:велика|біла|нова|стара|мала|чорна|руська))$/, roles: ADJ, adj: true, strip: 1, forms: { genitive: 'ої', dative: 'ій', accusative: 'у', instrumental: 'ою', locative: 'ій' } },
  { re: /е$/, roles: ADJ, adj: true, strip: 1, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'им', locative: 'ому' } },
  { re: /./, roles: ADJ, kind: 'unsafe' },

  // A closed list of words with a changing vowel or a soft stem that the ending does not show.
  // Ігор is soft (Ігоря, Ігорем) where Віктор, Нестор are hard; Федір/Сидір alternate і → о (Федора).
  { re: /^ігор$/, roles: G, gender: 'male', forms: { genitive: 'я', dative: ['еві', 'ю'], accusative: '@gen', instrumental: 'ем', locative: ['еві', 'ю'] } },
  { re: /^(?:федір|сидір)$/, roles: G, gender: 'male', strip: 2, forms: { genitive: 'ора', dative: ['орові', 'ору'], accusative: '@gen', instrumental: 'ором', locative: ['орові', 'ору'] } },
  { re: /^любов$/, roles: G, gender: 'female', forms: { genitive: 'і', dative: 'і', accusative: '@nom', instrumental: "'ю", locative: 'і' } },
  { re: /^ріг$/, roles: PLACE, strip: 2, forms: { genitive: 'огу', dative: 'огу', accusative: '@nom', instrumental: 'огом', locative: 'озі' } },
  // Тель-Авів is foreign: no і → о alternation (Тель-Авіва), unlike Харків → Харкова; Кишинів → Кишинева
  // (from Кишинёв); Єгипет → Єгипту (fleeting е); Дніпро (the city) is masculine: Дніпра, у Дніпрі.
  { re: /^авів$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'і' } },
  { re: /^кишинів$/, roles: PLACE, strip: 2, forms: { genitive: 'ева', dative: 'еву', accusative: '@nom', instrumental: 'евом', locative: 'еві' } },
  { re: /^єгипет$/, roles: PLACE, strip: 2, forms: { genitive: 'ту', dative: 'ту', accusative: '@nom', instrumental: 'том', locative: 'ті' } },
  // Схід, Захід: і → о before an ending (Близького Сходу, на Близькому Сході); -ство neuters decline (Сполучене
  // Королівство → Сполученого Королівства), unlike foreign -о (Токіо).
  { re: /^(?:схід|захід)$/, roles: PLACE, strip: 2, forms: { genitive: 'оду', dative: 'оду', accusative: '@nom', instrumental: 'одом', locative: 'оді' } },
  { re: /ство$/, roles: PLACE, strip: 1, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'і' } },
  { re: /^дніпро$/, roles: PLACE, strip: 1, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'і' } },
  // Adjectival place names: Грозний → Грозного, Хмельницький → Хмельницького, Рівне → Рівного.
  { re: /ий$/, roles: PLACE, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'им', locative: ['ому', 'ім'] } },
  { re: new RegExp(`[${C}]не$`), roles: PLACE, adj: true, strip: 1, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'им', locative: ['ому', 'ім'] } },

  // Plural place names (Суми, Черкаси, Чернівці): the genitive plural is not predictable.
  // The other cases are: Сумам, Сумами, у Сумах (-ці is soft: Чернівцям, left out).
  { re: /ці$/, roles: PLACE, kind: 'unsafe' },
  { re: /и$/, roles: PLACE, strip: 1, forms: { dative: 'ам', accusative: '@nom', instrumental: 'ами', locative: 'ах' } },

  // Unlike Russian, Ukrainian declines its own men's names in -о (Дмитро → Дмитра, Павло, Петро, Марко)
  // and surnames in -ко/-енко (Порошенко → Порошенка, Кличко → Кличка). Women's -енко stay. Foreign given
  // names in -о (Джо, Паоло, Педро) are not Ukrainian names: a closed list, not the ending, decides.
  { re: /^(?:дмитр|петр|павл|михайл|данил|кирил|гаврил|марк|юрк|левк|сашк|франк|янк)о$/, roles: G, gender: 'male', strip: 1, forms: { genitive: 'а', dative: ['ові', 'у'], accusative: '@gen', instrumental: 'ом', locative: ['ові', 'у'] } },
  { re: /ко$/, roles: S, gender: 'male', strip: 1, forms: { genitive: 'а', dative: ['у', 'ові'], accusative: '@gen', instrumental: 'ом', locative: ['у', 'ові'] } },
  // Other names ending in a vowel other than -а/-я do not decline: Токіо, Осло, Шойгу, Кеннеді, Рютте, Рубіо.
  { re: /[оеєиіїую]$/, kind: 'fixed' },
  // -а after a vowel is foreign and does not decline (Гарсіа, Моравіа).
  { re: /[аеєиіїоую]а$/, kind: 'fixed' },

  // Adjectival surnames: Зеленський → Зеленського/Зеленським, Зеленська → Зеленської.
  { re: /[сцз]ька$/, roles: S, gender: 'female', strip: 1, forms: { genitive: 'ої', dative: 'ій', accusative: 'у', instrumental: 'ою', locative: 'ій' } },
  // A woman's form of an adjectival surname in -ний: Навальна → Навальної, Залужна → Залужної.
  { re: new RegExp(`[${C}ь]на$`), roles: S, gender: 'female', strip: 1, forms: { genitive: 'ої', dative: 'ій', accusative: 'у', instrumental: 'ою', locative: 'ій' } },
  { re: /ий$/, roles: S, gender: 'male', strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@gen', instrumental: 'им', locative: ['ому', 'ім'] } },
  // Possessive surnames: Лавров → Лаврова/Лаврову/Лавровим/(на) Лаврову, Лаврові; Захарова → Захарової/Захаровою.
  { re: /(?:ов|ев|єв|ін|їн|ин)а$/, roles: S, gender: 'female', strip: 1, forms: { genitive: 'ої', dative: 'ій', accusative: 'у', instrumental: 'ою', locative: 'ій' } },
  { re: /(?:ов|ев|єв)$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: 'у', accusative: '@gen', instrumental: 'им', locative: ['у', 'і'] } },
  // -ін/-ин: Путіним (Slavic) but Дарвіном (foreign); the ending cannot tell, so both, the Slavic one first.
  { re: /(?:ін|їн|ин)$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: 'у', accusative: '@gen', instrumental: ['им', 'ом'], locative: ['у', 'і'] } },
  // Surnames in -ів (Петрів): usage is split between Петріва and Петрова.
  { re: /ів$/, roles: S, kind: 'unsafe' },

  // Neuter places in -я (Запоріжжя, Придністров'я): genitive = nominative.
  { re: /(?:жж|тт|лл|нн|сс|чч|дд|зз|цц|шш)я$/, roles: PLACE, strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@nom', instrumental: 'ям', locative: 'і' } },
  { re: /['’]я$/, roles: PLACE, strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@nom', instrumental: 'ям', locative: 'ї' } },

  // First declension, men and women alike: Москва, Урсула, Кулеба (a man), Ольга → Ользі, Марія, Корея, Ілля.
  { re: /[аеєиіїоуюя'’]я$/, strip: 1, forms: { genitive: 'ї', dative: 'ї', accusative: 'ю', instrumental: 'єю', locative: 'ї' } },
  { re: /я$/, strip: 1, forms: { genitive: 'і', dative: 'і', accusative: 'ю', instrumental: 'ею', locative: 'і' } },
  // г, к, х become з, ц, с before the dative/locative -і: Прага → Празі, Америка → Америці.
  { re: /га$/, strip: 1, forms: { genitive: 'и', dative: '<зі', accusative: 'у', instrumental: 'ою', locative: '<зі' } },
  { re: /ка$/, strip: 1, forms: { genitive: 'и', dative: '<ці', accusative: 'у', instrumental: 'ою', locative: '<ці' } },
  { re: /ха$/, strip: 1, forms: { genitive: 'и', dative: '<сі', accusative: 'у', instrumental: 'ою', locative: '<сі' } },
  { re: /[жчшщ]а$/, strip: 1, forms: { genitive: 'і', dative: 'і', accusative: 'у', instrumental: 'ею', locative: 'і' } },
  { re: new RegExp(`[${C}ь]а$`), strip: 1, forms: { genitive: 'и', dative: 'і', accusative: 'у', instrumental: 'ою', locative: 'і' } },

  // A woman's name or surname ending in a consonant does not decline: Урсула фон дер Ляєн → Урсули фон дер Ляєн,
  // Ірина Верещук → Ірини Верещук.
  { re: new RegExp(`[${C}йь]$`), roles: PERSON, gender: 'female', kind: 'fixed' },

  // Second declension, men. Dative and locative have -ові/-еві/-єві and -у/-ю; the given name takes -ові and the
  // surname -у first, as the norm advises for a row of names (Тарасові Шевченку).
  // -ар/-яр nouns may be soft (Бондар → Бондаря) or hard (Макар → Макара): not decided by the ending.
  { re: /[ая]р$/, roles: S, gender: 'male', kind: 'unsafe' },
  // -ець drops its е and is soft: Лубінець → Лубінця/Лубінцем; with no vowel before it the stem changes (Швець → Шевця).
  { re: /[аеєиіїоуюя][^аеєиіїоуюя]+ець$/, roles: G, gender: 'male', strip: 3, forms: { genitive: 'ця', dative: ['цеві', 'цю'], accusative: '@gen', instrumental: 'цем', locative: ['цеві', 'цю'] } },
  { re: /[аеєиіїоуюя][^аеєиіїоуюя]+ець$/, roles: S, gender: 'male', strip: 3, forms: { genitive: 'ця', dative: ['цю', 'цеві'], accusative: '@gen', instrumental: 'цем', locative: ['цю', 'цеві'] } },
  { re: /ець$/, roles: PERSON, gender: 'male', kind: 'unsafe' },
  { re: /ів$/, roles: G, gender: 'male', strip: 2, forms: { genitive: 'ова', dative: ['ові', 'ову'], accusative: '@gen', instrumental: 'овом', locative: ['ові', 'ову'] } },
  { re: /[аеєиіїоуюя]й$/, roles: G, gender: 'male', strip: 1, forms: { genitive: 'я', dative: ['єві', 'ю'], accusative: '@gen', instrumental: 'єм', locative: ['єві', 'ю'] } },
  { re: /[аеєиіїоуюя]й$/, roles: S, gender: 'male', strip: 1, forms: { genitive: 'я', dative: ['ю', 'єві'], accusative: '@gen', instrumental: 'єм', locative: ['ю', 'єві'] } },
  { re: /ь$/, roles: G, gender: 'male', strip: 1, forms: { genitive: 'я', dative: ['еві', 'ю'], accusative: '@gen', instrumental: 'ем', locative: ['еві', 'ю'] } },
  { re: /ь$/, roles: S, gender: 'male', strip: 1, forms: { genitive: 'я', dative: ['ю', 'еві'], accusative: '@gen', instrumental: 'ем', locative: ['ю', 'еві'] } },
  { re: /[жчшщ]$/, roles: G, gender: 'male', forms: { genitive: 'а', dative: ['еві', 'у'], accusative: '@gen', instrumental: 'ем', locative: ['еві', 'у'] } },
  { re: /[жчшщ]$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: ['у', 'еві'], accusative: '@gen', instrumental: 'ем', locative: ['у', 'еві'] } },
  // Hard stems, ц included: з Олафом Шольцом (not -ем as in Russian). The locative in -і (при Дональді Трампі) is
  // usage beside -ові/-у, not the norm's first choice: recognised, never written.
  { re: /[гґкх]$/, roles: G, gender: 'male', forms: { genitive: 'а', dative: ['ові', 'у'], accusative: '@gen', instrumental: 'ом', locative: ['ові', 'у'] } },
  { re: /[гґкх]$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: ['у', 'ові'], accusative: '@gen', instrumental: 'ом', locative: ['у', 'ові'] } },
  { re: /[бвдзлмнпрстфц]$/, roles: G, gender: 'male', forms: { genitive: 'а', dative: ['ові', 'у'], accusative: '@gen', instrumental: 'ом', locative: ['ові', 'у', '?і'] } },
  { re: /[бвдзлмнпрстфц]$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: ['у', 'ові'], accusative: '@gen', instrumental: 'ом', locative: ['у', 'ові', '?і'] } },

  // Masculine places (accusative = nominative). The genitive is -а for towns (Києва, Берліна) and -у for
  // countries and regions (Іраку, Китаю, Криму); only the suffixes below tell which, elsewhere it is left out.
  { re: /піль$/, roles: PLACE, strip: 3, forms: { genitive: 'оля', dative: 'олю', accusative: '@nom', instrumental: 'олем', locative: 'олі' } },
  { re: /поль$/, roles: PLACE, strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@nom', instrumental: 'ем', locative: 'і' } },
  { re: /ль$/, roles: PLACE, strip: 1, forms: { genitive: ['?я', '?ю'], dative: 'ю', accusative: '@nom', instrumental: 'ем', locative: 'і' } },
  { re: /ь$/, roles: PLACE, kind: 'unsafe' },
  // -ів/-їв: і in the closed last syllable turns back into о/е: Харків → Харкова, Київ → Києва, Львів → Львова.
  { re: /їв$/, roles: PLACE, strip: 2, forms: { genitive: 'єва', dative: 'єву', accusative: '@nom', instrumental: 'євом', locative: 'єві' } },
  { re: /ів$/, roles: PLACE, strip: 2, forms: { genitive: 'ова', dative: 'ову', accusative: '@nom', instrumental: 'овом', locative: 'ові' } },
  { re: /[сц]ьк$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'у' } },
  { re: /(?:град|город)$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'і' } },
  { re: /бург$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: ['<зі', 'у'] } },
  { re: /стан$/, roles: PLACE, forms: { genitive: 'у', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'і' } },
  { re: /ій$/, roles: PLACE, kind: 'unsafe' },
  // Which genitive a place takes is the word's (Бахмута, Брюсселя but Іраку, Китаю): both are recognised ('?'), neither written.
  { re: /[аеєиіїоуюя]й$/, roles: PLACE, strip: 1, forms: { genitive: ['?ю', '?я'], dative: 'ю', accusative: '@nom', instrumental: 'єм', locative: 'ї' } },
  { re: /[кгґх]$/, roles: PLACE, forms: { genitive: ['?а', '?у'], dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'у' } },
  { re: /[жчшщ]$/, roles: PLACE, forms: { genitive: ['?а', '?у'], dative: 'у', accusative: '@nom', instrumental: 'ем', locative: 'і' } },
  { re: /[бвдзлмнпрстфц]$/, roles: PLACE, forms: { genitive: ['?а', '?у'], dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'і' } },
];

/** Plural place nouns: genitive, dative, instrumental, locative. */
const PLURALS = new Map<string, readonly [string, string, string, string]>([
  ['штати', ['штатів', 'штатам', 'штатами', 'штатах']],
  ['нідерланди', ['нідерландів', 'нідерландам', 'нідерландами', 'нідерландах']],
  ['емірати', ['еміратів', 'еміратам', 'еміратами', 'еміратах']],
  ['філіппіни', ['філіппін', 'філіппінам', 'філіппінами', 'філіппінах']],
  ['афіни', ['афін', 'афінам', 'афінами', 'афінах']],
]);

export const uk: LanguageSpec = {
  rules,
  pluralNouns: PLURALS,
  nounAgreement(w) {
    if (/[ая]$/.test(w)) return 'f';
    if (/[оеє]$/.test(w)) return 'n';
    if (/и$/.test(w)) return 'pl';
    if (/[ьі]$/.test(w)) return undefined;
    return 'm';
  },
  adjectiveAgreement(w) {
    // Feminine adjectives end in -а like nouns: only adjectival suffixes and a closed list (not Україна, Країна).
    if (/(?:[^аеєиіїоуюя]на|[сцз]ька|^(?:велика|біла|нова|стара|мала|чорна|руська))$/.test(w)) return 'f';
    if (/(?:ий|ній)$/.test(w)) return 'm';
    if (/(?:ня)$/.test(w)) return 'f';
    if (/[^аеєиіїоуюя]е$/.test(w) && /(?:не|ке|ве|ле|ре)$/.test(w)) return 'n';
    if (/(?:ні|кі|ві|лі|рі|ті)$/.test(w) && w.length > 4) return 'pl';
    return undefined;
  },
  patronymic: /(?:ич|івна|ївна|ічна)$/,
  eastSlavicPlaces: true,
  placeConnectors: new Set(['на']),
  hyphenatedGivenLastOnly: true,
  inferGender(w, role) {
    if (role === 'surname') {
      if (/(?:ова|ева|єва|іна|їна|ина|ська|цька|зька)$/.test(w)) return 'female';
      if (/(?:ов|ев|єв|ський|цький|зький)$/.test(w)) return 'male';
    }
    if (role === 'patronymic') {
      if (/ич$/.test(w)) return 'male';
      if (/(?:івна|ївна|ічна)$/.test(w)) return 'female';
    }
    return undefined;
  },
};
