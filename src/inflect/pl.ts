/**
 * Polish paradigms for proper names (rules are tried in order; the first that fits wins).
 * Sources: the Polish declension tables of Wielki słownik ortograficzny PWN and the Rada Języka Polskiego
 * advice on foreign names, plus attested press forms (see test/inflect.test.ts). Vocative is not produced.
 */
import { PERSON, PLACE, type Endings, type LanguageSpec, type Role, type Rule } from './engine.ts';

const S: readonly Role[] = ['surname'];
const V = 'aeiouyąęó';

/**
 * Masculine consonant stems: [final letters, locative, instrumental]. The locative palatalises a hard stem
 * (Wołodymyr → Wołodymyrze, Josep → Josepie, Donald → Donaldzie, Albert → Albercie, Michał → Michale) and is
 * -u after velars and soft consonants (Tusk → Tusku, Borrell → Borrellu, Andrzej → Andrzeju).
 */
const CONSONANTS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/(?:rz|cz|sz|ż|dż|dz|c|l|j|[šžčř])$/, 'u', 'em'], // Czech/Slovak š, č... read as sz, cz: Babiš → Babišu
  [/sh$/, 'u', 'em'], // Bush → Bushu (read [sz])
  [new RegExp(`[^${V}r]z$`), 'u', 'em'], // Scholz, Seitz: z read [c] after a consonant → Scholzu
  [/[kg]$/, 'u', 'iem'], // Tusk → Tuskiem
  [/ch$/, 'u', 'em'],
  [/st$/, '<<ście', 'em'],
  [/zd$/, '<<ździe', 'em'],
  [/sł$/, '<<śle', 'em'],
  [/r$/, 'ze', 'em'],
  [/t$/, '<cie', 'em'],
  [/d$/, '<dzie', 'em'],
  [/ł$/, '<le', 'em'],
  [/[nsbpfwmvz]$/, 'ie', 'em'],
];
/** ń, ś, ć, ź (and dź) are written ni, si, ci, zi before a vowel: Poznań → Poznania. */
const ACUTE: ReadonlyArray<readonly [RegExp, string]> = [
  [/ń$/, '<ni'],
  [/ś$/, '<si'],
  [/ć$/, '<ci'],
  [/ź$/, '<zi'],
];

function consonantRules(roles: readonly Role[], gender: 'male' | undefined, genitive: boolean): Rule[] {
  const acc = roles === PLACE ? '@nom' : '@gen';
  // A place's genitive is -a or -u by the word (Lwowa but Donbasu): both are recognised ('?'), neither written.
  const g = (e: string): Endings => (genitive ? { genitive: e } : roles === PLACE ? { genitive: [`?${e}`, '?u'] } : {});
  return [
    ...ACUTE.map(([re, soft]): Rule => ({
      re,
      roles,
      ...(gender ? { gender } : {}),
      forms: { genitive: soft + 'a', dative: soft + 'owi', accusative: acc, instrumental: soft + 'em', locative: soft + 'u' },
    })),
    ...CONSONANTS.map(([re, loc, ins]): Rule => ({
      re,
      roles,
      ...(gender ? { gender } : {}),
      forms: { ...g('a'), dative: 'owi', accusative: acc, instrumental: ins, locative: loc },
    })),
  ];
}

const ADJ: readonly Role[] = ['placeAdj'];

const rules: readonly Rule[] = [
  // Adjectives in place and organisation names, by the head they agree with: Wielka Brytania → Wielkiej Brytanii,
  // Biały Dom → Białego Domu, Zjednoczone Królestwo → Zjednoczonym Królestwie, Stany Zjednoczone → Stanach Zjednoczonych.
  { re: /[kg]a$/, roles: ADJ, agree: 'f', adj: true, strip: 1, forms: { genitive: 'iej', dative: 'iej', accusative: 'ą', instrumental: 'ą', locative: 'iej' } },
  { re: /ia$/, roles: ADJ, agree: 'f', adj: true, strip: 1, forms: { genitive: 'ej', dative: 'ej', accusative: 'ą', instrumental: 'ą', locative: 'ej' } },
  { re: /a$/, roles: ADJ, agree: 'f', adj: true, strip: 1, forms: { genitive: 'ej', dative: 'ej', accusative: 'ą', instrumental: 'ą', locative: 'ej' } },
  { re: /[kg]i$/, roles: ADJ, agree: 'm', adj: true, strip: 1, forms: { genitive: 'iego', dative: 'iemu', accusative: '@nom', instrumental: 'im', locative: 'im' } },
  { re: /y$/, roles: ADJ, agree: 'm', adj: true, strip: 1, forms: { genitive: 'ego', dative: 'emu', accusative: '@nom', instrumental: 'ym', locative: 'ym' } },
  { re: /[kg]ie$/, roles: ADJ, agree: 'n', adj: true, strip: 2, forms: { genitive: 'iego', dative: 'iemu', accusative: '@nom', instrumental: 'im', locative: 'im' } },
  { re: /e$/, roles: ADJ, agree: 'n', adj: true, strip: 1, forms: { genitive: 'ego', dative: 'emu', accusative: '@nom', instrumental: 'ym', locative: 'ym' } },
  { re: /[kg]ie$/, roles: ADJ, agree: 'pl', adj: true, strip: 2, forms: { genitive: 'ich', dative: 'im', accusative: '@nom', instrumental: 'imi', locative: 'ich' } },
  { re: /e$/, roles: ADJ, agree: 'pl', adj: true, strip: 1, forms: { genitive: 'ych', dative: 'ym', accusative: '@nom', instrumental: 'ymi', locative: 'ych' } },
  { re: /./, roles: ADJ, kind: 'unsafe' },

  // Neuters in -stwo: Królestwo → Królestwa, w Królestwie (before the foreign -o that does not decline).
  { re: /stwo$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'ie' } },
  // Masculine places whose genitive is -u (the ending cannot tell -a from -u; these are the frequent ones).
  { re: /^(?:londyn|pekin|iran|teheran|waszyngton|liban|jemen|sudan|tajwan|rzym|krym|wietnam|sejm|kongres)$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: 'ie' } },
  { re: /^(?:madryt|egipt|kuwejt|parlament|senat)$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: '<cie' } },
  { re: /^bagdad$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: '<dzie' } },
  { re: /^kair$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: 'ze' } },
  { re: /^irak$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'iem', locative: 'u' } },
  { re: /^nepal$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  // A closed list of names that lose their e. Paweł → Pawła; other -eł/-ec names vary (Kozioł → Kozła, Stec → Steca): not guessed.
  { re: /^paweł$/, roles: PERSON, gender: 'male', strip: 2, forms: { genitive: 'ła', dative: 'łowi', accusative: '@gen', instrumental: 'łem', locative: 'le' } },
  // The Czech Pavel follows Paweł: Petra Pavla.
  { re: /^pavel$/, roles: PERSON, gender: 'male', strip: 2, forms: { genitive: 'la', dative: 'lowi', accusative: '@gen', instrumental: 'lem', locative: 'lu' } },
  // Aleksander (and the foreign spelling Alexander) → Aleksandra; Walter, Peter keep their e.
  { re: /^ale(?:ks|x)ander$/, roles: PERSON, gender: 'male', strip: 2, forms: { genitive: 'ra', dative: 'rowi', accusative: '@gen', instrumental: 'rem', locative: 'rze' } },

  // Adjectival surnames: Kowalska → Kowalskiej/Kowalską, Zełenski → Zełenskiego/Zełenskiemu/Zełenskim,
  // and Russian -owa/-ewa taken as adjectives (Zacharowa → Zacharowej).
  { re: /(?:sk|ck|dzk)a$/, roles: S, gender: 'female', strip: 1, forms: { genitive: 'iej', dative: 'iej', accusative: 'ą', instrumental: 'ą', locative: 'iej' } },
  { re: /(?:ow|ew)a$/, roles: S, gender: 'female', strip: 1, forms: { genitive: 'ej', dative: 'ej', accusative: 'ą', instrumental: 'ą', locative: 'ej' } },
  // The woman's form of an adjectival -ny surname: Nawalna → Nawalnej (as Nawalny → Nawalnego).
  { re: new RegExp(`[^${V}]na$`), roles: S, gender: 'female', strip: 1, forms: { genitive: 'ej', dative: 'ej', accusative: 'ą', instrumental: 'ą', locative: 'ej' } },
  { re: /(?:sk|ck|dzk)i$/, roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'iego', dative: 'iemu', accusative: '@gen', instrumental: 'im', locative: 'im' } },
  // Men in -i decline as adjectives: Antoni → Antoniego, Salvini → Salviniego, Draghi → Draghiego.
  { re: new RegExp(`[^${V}]i$`), roles: PERSON, gender: 'male', forms: { genitive: 'ego', dative: 'emu', accusative: '@gen', instrumental: 'm', locative: 'm' } },
  // Native -y: Jerzy → Jerzego, Ignacy, Wincenty, Biały; foreign -y is read [i] and takes an apostrophe:
  // Kennedy'ego, Antony'ego. -ny is both: a surname is taken as adjectival (Nawalny → Nawalnego, Załużny),
  // a given name as foreign (Antony, Johnny).
  { re: /(?:[zcł]|nt)y$/, roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'ego', dative: 'emu', accusative: '@gen', instrumental: 'ym', locative: 'ym' } },
  { re: /ny$/, roles: S, gender: 'male', strip: 1, forms: { genitive: 'ego', dative: 'emu', accusative: '@gen', instrumental: 'ym', locative: 'ym' } },
  { re: new RegExp(`[^${V}]y$`), roles: PERSON, gender: 'male', forms: { genitive: "'ego", dative: "'emu", accusative: '@gen', instrumental: 'm', locative: 'm' } },
  // A woman's name that does not end in -a does not decline: Angela Merkel → Angeli Merkel,
  // Ursula von der Leyen → Ursuli von der Leyen, Giorgia Meloni → Giorgii Meloni.
  { re: /[^a]$/, roles: PERSON, gender: 'female', kind: 'fixed' },
  // -u does not decline: Szojgu, Baku, Peru.
  { re: /u$/, kind: 'fixed' },
  // Surnames in -ko decline like feminine nouns in -ka: Kościuszko → Kościuszki, Łukaszenko → Łukaszenki/Łukaszenką.
  { re: /ko$/, roles: S, gender: 'male', strip: 1, forms: { genitive: 'i', dative: '<ce', accusative: 'ę', instrumental: 'ą', locative: '<ce' } },
  // A foreign given name in -o is left as it is: "rządu Pedro Sáncheza", "Matteo Salviniego" (a Slavic one is
  // also seen declined, Dmytra, but the bare form is the one both usages share).
  { re: /o$/, roles: ['given'], gender: 'male', kind: 'fixed' },
  // Other men's names in a vowel: Hollande → Hollande'a, Goethe → Goethego, Castro → Castro/Castra: no single rule.
  { re: /[eoóąęéáíú]$/, roles: PERSON, gender: 'male', kind: 'unsafe' },

  // Feminine-type -a, men and women alike (Kuleba → Kuleby/Kulebą) and places (Warszawa, Praga, Bruksela).
  // -ia after a hard consonant is two syllables: Maria → Marii, Serbia → Serbii.
  { re: /(?:[bpfwmgklrtd]|ch)ia$/, strip: 1, forms: { genitive: 'i', dative: 'i', accusative: 'ę', instrumental: 'ą', locative: 'i' } },
  { re: new RegExp(`[${V}]nia$`), roles: PLACE, strip: 1, forms: { genitive: 'i', dative: 'i', accusative: 'ę', instrumental: 'ą', locative: 'i' } }, // Hiszpania → Hiszpanii
  // -sia/-cia/-zia/-nia may be one syllable (Kasia → Kasi, Gdynia → Gdyni) or two (Dania → Danii).
  { re: /ia$/, kind: 'unsafe' },
  { re: /ija$/, kind: 'unsafe' }, // Marija, Natalija: Marii or Mariji, usage varies
  { re: new RegExp(`[^${V}]ja$`), strip: 1, forms: { genitive: 'i', dative: 'i', accusative: 'ę', instrumental: 'ą', locative: 'i' } }, // Rosja → Rosji
  { re: new RegExp(`[${V}]ja$`), strip: 2, forms: { genitive: 'i', dative: 'i', accusative: 'ję', instrumental: 'ją', locative: 'i' } }, // Maja → Mai
  { re: /[eu]a$/, strip: 1, forms: { genitive: 'i', dative: 'i', accusative: 'ę', instrumental: 'ą', locative: 'i' } }, // Korea → Korei
  { re: new RegExp(`[${V}]a$`), kind: 'unsafe' },
  { re: /la$/, strip: 1, forms: { genitive: 'i', dative: 'i', accusative: 'ę', instrumental: 'ą', locative: 'i' } }, // Bruksela → Brukseli
  { re: /(?:c|cz|sz|rz|ż|dz|dż)a$/, strip: 1, forms: { genitive: 'y', dative: 'y', accusative: 'ę', instrumental: 'ą', locative: 'y' } },
  // Hard stems palatalise in the dative/locative: Praga → Pradze, Ameryka → Ameryce, Marta → Marcie, Wisła → Wiśle.
  { re: /ka$/, strip: 1, forms: { genitive: 'i', dative: '<ce', accusative: 'ę', instrumental: 'ą', locative: '<ce' } },
  { re: /ga$/, strip: 1, forms: { genitive: 'i', dative: '<dze', accusative: 'ę', instrumental: 'ą', locative: '<dze' } },
  { re: /cha$/, strip: 1, forms: { genitive: 'y', dative: '<<sze', accusative: 'ę', instrumental: 'ą', locative: '<<sze' } },
  { re: /sta$/, strip: 1, forms: { genitive: 'y', dative: '<<ście', accusative: 'ę', instrumental: 'ą', locative: '<<ście' } },
  { re: /zda$/, kind: 'unsafe' }, // gwiazda → gwieździe: the root vowel changes too
  { re: /ta$/, strip: 1, forms: { genitive: 'y', dative: '<cie', accusative: 'ę', instrumental: 'ą', locative: '<cie' } },
  { re: /da$/, strip: 1, forms: { genitive: 'y', dative: '<dzie', accusative: 'ę', instrumental: 'ą', locative: '<dzie' } },
  { re: /sła$/, strip: 1, forms: { genitive: 'y', dative: '<<śle', accusative: 'ę', instrumental: 'ą', locative: '<<śle' } },
  { re: /ła$/, strip: 1, forms: { genitive: 'y', dative: '<le', accusative: 'ę', instrumental: 'ą', locative: '<le' } },
  { re: /ra$/, strip: 1, forms: { genitive: 'y', dative: 'ze', accusative: 'ę', instrumental: 'ą', locative: 'ze' } },
  { re: /sna$/, strip: 1, forms: { genitive: 'y', dative: '<<śnie', accusative: 'ę', instrumental: 'ą', locative: '<<śnie' } },
  { re: /zna$/, strip: 1, forms: { genitive: 'y', dative: '<<źnie', accusative: 'ę', instrumental: 'ą', locative: '<<źnie' } },
  { re: /[nsbpfwmvz]a$/, strip: 1, forms: { genitive: 'y', dative: 'ie', accusative: 'ę', instrumental: 'ą', locative: 'ie' } },
  { re: /a$/, kind: 'unsafe' },

  // Men, consonant stems. Fleeting e in -ek: Marek → Marka, Jacek → Jacka, Czarnek → Czarnka
  // (but -siek/-niek soften: Wiesiek → Wieśka, not guessed; nor are -ec, -eł).
  { re: /iek$/, roles: PERSON, gender: 'male', kind: 'unsafe' },
  { re: new RegExp(`[${V}][^${V}]+ek$`), roles: PERSON, gender: 'male', strip: 2, forms: { genitive: 'ka', dative: 'kowi', accusative: '@gen', instrumental: 'kiem', locative: 'ku' } },
  { re: /e[cł]$/, roles: PERSON, gender: 'male', kind: 'unsafe' },
  ...consonantRules(PERSON, 'male', true),

  // Places. The genitive of a masculine town is -a (Krakowa, Berlina) or -u (Londynu, Madrytu, Pekinu):
  // given only for the suffixes that decide it, otherwise left out.
  { re: /ów$/, roles: PLACE, strip: 2, forms: { genitive: 'owa', dative: 'owowi', accusative: '@nom', instrumental: 'owem', locative: 'owie' } }, // Kraków, Kijów, Lwów, Charków
  { re: /ław$/, roles: PLACE, forms: { genitive: 'ia', dative: 'iowi', accusative: '@nom', instrumental: 'iem', locative: 'iu' } }, // Wrocław → Wrocławia
  { re: /(?:sk|ck)$/, roles: PLACE, forms: { genitive: 'a', dative: 'owi', accusative: '@nom', instrumental: 'iem', locative: 'u' } }, // Gdańsk, Mińsk, Donieck
  { re: /burg$/, roles: PLACE, forms: { genitive: 'a', dative: 'owi', accusative: '@nom', instrumental: 'iem', locative: 'u' } },
  { re: /stan$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: 'ie' } },
  { re: /grad$/, roles: PLACE, forms: { genitive: 'u', dative: 'owi', accusative: '@nom', instrumental: 'em', locative: '<dzie' } },
  { re: /eń$/, roles: PLACE, kind: 'unsafe' }, // Wiedeń → Wiednia
  { re: /iek$/, roles: PLACE, kind: 'unsafe' },
  // Fleeting e: Damaszek → Damaszku (the genitive -u/-a is again left out).
  { re: new RegExp(`[${V}][^${V}]+ek$`), roles: PLACE, strip: 2, forms: { dative: 'kowi', accusative: '@nom', instrumental: 'kiem', locative: 'ku' } },
  // Monachium keeps its Latin -um in every case (w Monachium); Izium is a noun like any other (w Iziumie).
  { re: /^monachium$/, roles: PLACE, kind: 'fixed' },
  { re: /ń$/, roles: PLACE, forms: { genitive: '<nia', dative: '<niowi', accusative: '@nom', instrumental: '<niem', locative: '<niu' } }, // Poznań, Toruń
  // Soft-consonant places may be feminine: Bydgoszcz → Bydgoszczy, Łódź → Łodzi.
  { re: /(?:cz|dź|ś|ć|ź|c|dz|j|x|h)$/, roles: PLACE, kind: 'unsafe' },
  // Neuter places: Kosowo → Kosowie, Bielsko → Bielsku, Gniezno → Gnieźnie, Brno → Brnie.
  { re: /(?:ow|ew)o$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'ie' } },
  { re: /(?:sk|ck|dzk)o$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'iem', locative: 'u' } },
  { re: /zno$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: '<<źnie' } },
  { re: /sno$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: '<<śnie' } },
  { re: new RegExp(`[^${V}]no$`), roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'ie' } },
  // Foreign places in -o do not decline: w Tokio, w Oslo, w Toronto, w Monako.
  { re: /o$/, roles: PLACE, kind: 'fixed' },
  // -e may be neuter (Opole), adjectival (Zakopane) or foreign (Chile); -y/-i plural (Włochy, Helsinki) or not (Tbilisi).
  { re: /[eéiy]$/, roles: PLACE, kind: 'unsafe' },
  ...consonantRules(PLACE, undefined, false),
];

/** Plural place nouns: genitive, dative, instrumental, locative (w Niemczech, we Włoszech, na Węgrzech). */
const PLURALS = new Map<string, readonly [string, string, string, string]>([
  ['stany', ['stanów', 'stanom', 'stanami', 'stanach']],
  ['niemcy', ['niemiec', 'niemcom', 'niemcami', 'niemczech']],
  ['włochy', ['włoch', 'włochom', 'włochami', 'włoszech']],
  ['węgry', ['węgier', 'węgrom', 'węgrami', 'węgrzech']],
  ['czechy', ['czech', 'czechom', 'czechami', 'czechach']],
  ['niderlandy', ['niderlandów', 'niderlandom', 'niderlandami', 'niderlandach']],
  ['filipiny', ['filipin', 'filipinom', 'filipinami', 'filipinach']],
  ['chiny', ['chin', 'chinom', 'chinami', 'chinach']],
  ['ateny', ['aten', 'atenom', 'atenami', 'atenach']],
  ['emiraty', ['emiratów', 'emiratom', 'emiratami', 'emiratach']],
  ['helsinki', ['helsinek', 'helsinkom', 'helsinkami', 'helsinkach']],
]);

export const pl: LanguageSpec = {
  rules,
  pluralNouns: PLURALS,
  nounAgreement(w) {
    if (/a$/.test(w)) return 'f';
    if (/(?:o|e|um)$/.test(w)) return 'n';
    if (/[yi]$/.test(w)) return undefined;
    return 'm';
  },
  adjectiveAgreement(w) {
    if (/(?:[sc]ka|dzka|owa|ewa|[^aeiouyąęó]na|czona|wiona|niona|^(?:wielka|mała|biała|nowa|stara|czarna|zielona|czerwona|wschodnia|zachodnia|środkowa|górna|dolna))$/.test(w)) return 'f';
    if (/(?:[sc]ki|dzki|owy|ewy|[^aeiouyąęó]ny|czony|wiony|niony|^(?:wielki|mały|biały|nowy|stary|czarny|wschodni|zachodni|górny|dolny))$/.test(w)) return /[^kg]i$/.test(w) ? undefined : 'm';
    if (/(?:[sc]kie|dzkie|owe|ewe|[^aeiouyąęó]ne|czone|wione|nione|^(?:wielkie|małe|białe|nowe|stare|czarne))$/.test(w)) return 'n|pl';
    return undefined;
  },
  eastSlavicPlaces: false,
  hyphenatedGivenLastOnly: false,
  inferGender(w, role) {
    if (role !== 'surname') return undefined;
    if (/(?:ska|cka|dzka|owa|ewa)$/.test(w)) return 'female';
    if (/(?:ski|cki|dzki)$/.test(w)) return 'male';
    return undefined;
  },
};
