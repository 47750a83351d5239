/**
 * Russian paradigms for proper names (rules are tried in order; the first that fits wins).
 * Sources: the standard school grammar (Розенталь, «Справочник по правописанию и стилистике», §§ on
 * surnames and foreign names) and attested press forms (see test/inflect.test.ts).
 */
import { PERSON, PLACE, type LanguageSpec, type Role, type Rule } from './engine.ts';

const G: readonly Role[] = ['given'];
const S: readonly Role[] = ['surname'];
const ADJ: readonly Role[] = ['placeAdj'];
const C = 'бвгджзйклмнпрстфхцчшщ'; // consonant letters (ь handled apart)

const rules: readonly Rule[] = [
  // Adjectives before a place noun (Южная Корея, Нижний Новгород, Кривой Рог); nothing else may stand there.
  // Plural adjectives (Соединённые Штаты, Объединённые Арабские Эмираты).
  { re: /ые$/, roles: ADJ, agree: 'pl', adj: true, strip: 2, forms: { genitive: 'ых', dative: 'ым', accusative: '@nom', instrumental: 'ыми', locative: 'ых' } },
  { re: /ие$/, roles: ADJ, agree: 'pl', adj: true, strip: 2, forms: { genitive: 'их', dative: 'им', accusative: '@nom', instrumental: 'ими', locative: 'их' } },
  { re: /ая$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ой', dative: 'ой', accusative: 'ую', instrumental: 'ой', locative: 'ой' } },
  { re: /яя$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ей', dative: 'ей', accusative: 'юю', instrumental: 'ей', locative: 'ей' } },
  { re: /[гкх]ий$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'им', locative: 'ом' } },
  { re: /(?:[жшчщ]|н)ий$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'его', dative: 'ему', accusative: '@nom', instrumental: 'им', locative: 'ем' } },
  { re: /ый$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'ым', locative: 'ом' } },
  { re: /[гкхжш]ой$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'им', locative: 'ом' } },
  { re: /ой$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'ым', locative: 'ом' } },
  { re: /ое$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'ым', locative: 'ом' } },
  { re: /ее$/, roles: ADJ, adj: true, strip: 2, forms: { genitive: 'его', dative: 'ему', accusative: '@nom', instrumental: 'им', locative: 'ем' } },
  { re: /./, roles: ADJ, kind: 'unsafe' },

  // Words whose vowel drops or changes: a closed list, not a rule (Павел → Павла, Лев → Льва, Пётр → Петра).
  { re: /^павел$/, roles: PERSON, gender: 'male', strip: 2, forms: { genitive: 'ла', dative: 'лу', accusative: '@gen', instrumental: 'лом', locative: 'ле' } },
  { re: /^лев$/, roles: G, gender: 'male', strip: 2, forms: { genitive: 'ьва', dative: 'ьву', accusative: '@gen', instrumental: 'ьвом', locative: 'ьве' } },
  { re: /^пётр$/, roles: PERSON, gender: 'male', strip: 3, forms: { genitive: 'етра', dative: 'етру', accusative: '@gen', instrumental: 'етром', locative: 'етре' } },
  { re: /^илья$/, roles: G, strip: 1, forms: { genitive: 'и', dative: 'е', accusative: 'ю', instrumental: 'ёй', locative: 'е' } },
  { re: /^любовь$/, roles: G, gender: 'female', strip: 1, forms: { genitive: 'и', dative: 'и', accusative: '@nom', instrumental: 'ью', locative: 'и' } },
  // "в Крыму": the second locative in -у, not "в Крыме"; Египет → Египта (fleeting е).
  { re: /^крым$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'у' } },
  { re: /^египет$/, roles: PLACE, strip: 2, forms: { genitive: 'та', dative: 'ту', accusative: '@nom', instrumental: 'том', locative: 'те' } },
  // Adjectival place names (Грозный → Грозного, Раменское → Раменского); a lone -ий/-ой place is left alone (Ханой is a noun).
  { re: /ый$/, roles: PLACE, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'ым', locative: 'ом' } },
  { re: /ое$/, roles: PLACE, adj: true, strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@nom', instrumental: 'ым', locative: 'ом' } },
  // Native neuters in -ство decline (Соединённое Королевство → Соединённого Королевства), unlike foreign -о (Токио).
  { re: /ство$/, roles: PLACE, strip: 1, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'е' } },
  // Native neuters in -ье (Запорожье → Запорожья, Приморье, Подмосковье); foreign Скопье stays (-пье is not listed).
  { re: /(?:жь|рь|ть|ль|вь|сь|дь|нь|зь)е$/, roles: PLACE, strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@nom', instrumental: 'ем', locative: 'е' } },

  // Plural place names (Афины, Нидерланды, Черновцы): the genitive plural is not predictable from the ending
  // (Афин, Нидерландов), the other cases are (Черновцам, Черновцами, в Черновцах); frequent ones are listed whole.
  { re: /ы$/, roles: PLACE, strip: 1, forms: { dative: 'ам', accusative: '@nom', instrumental: 'ами', locative: 'ах' } },
  // Names ending in a vowel other than -а/-я do not decline: Токио, Осло, Шойгу, Кеннеди, Гюго, Рютте.
  // Ukrainian surnames in -ко/-енко stay too (Лукашенко, Кличко), as the Russian norm wants.
  { re: /[оеёиыуюэ]$/, kind: 'fixed' },
  // -а/-я after a vowel is foreign and does not decline (Гарсиа, Делакруа, Моравиа); -ия/-ея/-ая decline below.
  { re: /[аеёиоуыэю]а$/, kind: 'fixed' },
  // Surnames in -ых/-их (Черных, Седых) are frozen genitive plurals.
  { re: /[ыи]х$/, roles: S, kind: 'fixed' },

  // Adjectival surnames: Зеленский → Зеленского, Толстой → Толстого, Зеленская → Зеленской.
  { re: /ая$/, roles: S, gender: 'female', strip: 2, forms: { genitive: 'ой', dative: 'ой', accusative: 'ую', instrumental: 'ой', locative: 'ой' } },
  { re: /[гкх]ий$/, roles: S, gender: 'male', strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@gen', instrumental: 'им', locative: 'ом' } },
  { re: /[гкхжш]ой$/, roles: S, gender: 'male', strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@gen', instrumental: 'им', locative: 'ом' } },
  { re: /[ыо]й$/, roles: S, gender: 'male', strip: 2, forms: { genitive: 'ого', dative: 'ому', accusative: '@gen', instrumental: 'ым', locative: 'ом' } },
  // Other surnames in -ий (soft adjectives, Georgian/Polish-looking nouns): no single paradigm.
  { re: /ий$/, roles: S, kind: 'unsafe' },

  // Possessive surnames: Лавров → Лаврова/Лавровым, Лаврова → Лавровой. The instrumental -ым is what sets
  // them apart from foreign nouns (Борреля/Боррелем).
  { re: /(?:ов|ев|ёв|ин|ын)а$/, roles: S, gender: 'female', strip: 1, forms: { genitive: 'ой', dative: 'ой', accusative: 'у', instrumental: 'ой', locative: 'ой' } },
  { re: /(?:ов|ев|ёв)$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: 'у', accusative: '@gen', instrumental: 'ым', locative: 'е' } },
  // -ин/-ын: Russian surnames take -ым (Путиным); foreign ones in -ин take -ом (Дарвином, Чаплином), and the
  // ending cannot tell them apart, so both are given, the Russian one first.
  { re: /(?:ин|ын)$/, roles: S, gender: 'male', forms: { genitive: 'а', dative: 'у', accusative: '@gen', instrumental: ['ым', 'ом'], locative: 'е' } },

  // First declension, men and women alike: Москва, Урсула, Кулеба (a man), Ольга, Мария, Наталья, Корея.
  { re: /ия$/, strip: 2, forms: { genitive: 'ии', dative: 'ии', accusative: 'ию', instrumental: 'ией', locative: 'ии' } },
  { re: /я$/, strip: 1, forms: { genitive: 'и', dative: 'е', accusative: 'ю', instrumental: 'ей', locative: 'е' } },
  { re: /[гкх]а$/, strip: 1, forms: { genitive: 'и', dative: 'е', accusative: 'у', instrumental: 'ой', locative: 'е' } },
  // After ж/ш/ч/щ/ц the unstressed instrumental is -ей (Сашей, Ниццей); names are stem-stressed.
  { re: /[жшчщ]а$/, strip: 1, forms: { genitive: 'и', dative: 'е', accusative: 'у', instrumental: 'ей', locative: 'е' } },
  { re: /ца$/, strip: 1, forms: { genitive: 'ы', dative: 'е', accusative: 'у', instrumental: 'ей', locative: 'е' } },
  { re: new RegExp(`[${C}ь]а$`), strip: 1, forms: { genitive: 'ы', dative: 'е', accusative: 'у', instrumental: 'ой', locative: 'е' } },

  // Women's names in -ь split: Любовь, Адель decline (Адели), Мишель, Изабель do not.
  { re: /ь$/, roles: G, gender: 'female', kind: 'unsafe' },
  // A woman's name or surname ending in a consonant never declines: Урсула фон дер Ляйен → Урсулы фон дер Ляйен,
  // Ангела Меркель → Ангелы Меркель (the declension that would apply is a masculine one).
  { re: new RegExp(`[${C}ь]$`), roles: PERSON, gender: 'female', kind: 'fixed' },

  // Second declension, men: Жозеп, Боррель, Андрей, Дмитрий, Шольц, Гутерриш, Владимирович.
  { re: /ий$/, roles: G, gender: 'male', strip: 2, forms: { genitive: 'ия', dative: 'ию', accusative: '@gen', instrumental: 'ием', locative: 'ии' } },
  { re: /ий$/, roles: PERSON, kind: 'unsafe' },
  { re: /[аеёоуыэюя]й$/, roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@gen', instrumental: 'ем', locative: 'е' } },
  { re: /ь$/, roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@gen', instrumental: 'ем', locative: 'е' } },
  // After ж/ш/ч/щ/ц the unstressed instrumental is -ем: с Шольцем, с Гутерришем.
  { re: /[жшчщц]$/, roles: PERSON, gender: 'male', forms: { genitive: 'а', dative: 'у', accusative: '@gen', instrumental: 'ем', locative: 'е' } },
  { re: /[бвгдзклмнпрстфх]$/, roles: PERSON, gender: 'male', forms: { genitive: 'а', dative: 'у', accusative: '@gen', instrumental: 'ом', locative: 'е' } },

  // Masculine places: Киев, Париж, Китай, Брюссель, Севастополь (accusative = nominative).
  { re: /ль$/, roles: PLACE, strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@nom', instrumental: 'ем', locative: 'е' } },
  // Other places in -ь may be feminine (Тверь, Казань → Казани) or masculine (Ярославль): the ending cannot tell.
  { re: /ь$/, roles: PLACE, kind: 'unsafe' },
  { re: /ий$/, roles: PLACE, kind: 'unsafe' },
  { re: /[аеёоуыэюя]й$/, roles: PLACE, strip: 1, forms: { genitive: 'я', dative: 'ю', accusative: '@nom', instrumental: 'ем', locative: 'е' } },
  { re: /[жшчщц]$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ем', locative: 'е' } },
  { re: /[бвгдзклмнпрстфх]$/, roles: PLACE, forms: { genitive: 'а', dative: 'у', accusative: '@nom', instrumental: 'ом', locative: 'е' } },
];

/** Plural place nouns: genitive, dative, instrumental, locative. */
const PLURALS = new Map<string, readonly [string, string, string, string]>([
  ['штаты', ['штатов', 'штатам', 'штатами', 'штатах']],
  ['нидерланды', ['нидерландов', 'нидерландам', 'нидерландами', 'нидерландах']],
  ['эмираты', ['эмиратов', 'эмиратам', 'эмиратами', 'эмиратах']],
  ['филиппины', ['филиппин', 'филиппинам', 'филиппинами', 'филиппинах']],
  ['афины', ['афин', 'афинам', 'афинами', 'афинах']],
]);

export const ru: LanguageSpec = {
  rules,
  pluralNouns: PLURALS,
  nounAgreement(w) {
    if (/[ая]$/.test(w)) return 'f';
    if (/[оеё]$/.test(w)) return 'n';
    if (/[ыи]$/.test(w)) return 'pl';
    if (/ь$/.test(w)) return undefined; // Тверь (f), Кремль (m)
    return 'm';
  },
  adjectiveAgreement(w) {
    if (/(?:ая|яя)$/.test(w)) return 'f';
    if (/(?:ый|ий|ой)$/.test(w)) return 'm';
    if (/(?:ое|ее)$/.test(w)) return 'n';
    if (/(?:ые|ие)$/.test(w)) return 'pl';
    return undefined;
  },
  patronymic: /(?:вич|ьич|ич|вна|чна)$/,
  eastSlavicPlaces: true,
  placeConnectors: new Set(['на']),
  hyphenatedGivenLastOnly: true,
  inferGender(w, role) {
    if (role === 'surname') {
      if (/(?:ова|ева|ёва|ина|ына|ая)$/.test(w)) return 'female';
      if (/(?:ов|ев|ёв|ский|цкий|ской|цкой)$/.test(w)) return 'male';
    }
    if (role === 'patronymic') {
      if (/ич$/.test(w)) return 'male';
      if (/(?:вна|чна)$/.test(w)) return 'female';
    }
    return undefined;
  },
};
