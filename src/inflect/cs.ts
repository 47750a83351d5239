/**
 * Czech paradigms for proper names (rules are tried in order; the first that fits wins).
 * Sources: Internetová jazyková příručka (Ústav pro jazyk český AV ČR), chapters on the declension of
 * personal and place names, plus attested press forms (see test/inflect.test.ts). Vocative is not produced.
 */
import { PERSON, PLACE, type LanguageSpec, type Role, type Rule } from './engine.ts';

const G: readonly Role[] = ['given', 'patronymic'];
const S: readonly Role[] = ['surname'];
const V = 'aeiouyáéíóúůýě';

/**
 * A man's name on a consonant stem (pán / muž). `pre` is what replaces the `strip` letters before the ending
 * (Marek → Mark-a, Zdeněk → Zdeňk-a). In a row of names the dative/locative -ovi goes on the surname and the
 * given name may take -u/-i: Petru Pavlovi, Tomáši Hrubému (the short form is listed first for given names).
 */
function man(re: RegExp, strip: number, pre: string, soft: boolean): Rule[] {
  const gen = pre + (soft ? 'e' : 'a');
  const short = pre + (soft ? 'i' : 'u');
  const ovi = pre + 'ovi';
  return [
    { re, roles: G, gender: 'male', strip, forms: { genitive: gen, dative: [short, ovi], accusative: '@gen', instrumental: pre + 'em', locative: [short, ovi] } },
    { re, roles: S, gender: 'male', strip, forms: { genitive: gen, dative: ovi, accusative: '@gen', instrumental: pre + 'em', locative: ovi } },
  ];
}

const ADJ: readonly Role[] = ['placeAdj'];

const rules: readonly Rule[] = [
  // Adjectives in place and organisation names, by the head they agree with: Česká republika → České republice,
  // Spojené království → Spojeném království, Spojené státy → Spojených státech, Severní Korea → Severní Koreji.
  { re: /á$/, roles: ADJ, agree: 'f', adj: true, strip: 1, forms: { genitive: 'é', dative: 'é', accusative: 'ou', instrumental: 'ou', locative: 'é' } },
  { re: /ý$/, roles: ADJ, agree: 'm', adj: true, strip: 1, forms: { genitive: 'ého', dative: 'ému', accusative: '@nom', instrumental: 'ým', locative: 'ém' } },
  { re: /é$/, roles: ADJ, agree: 'n', adj: true, strip: 1, forms: { genitive: 'ého', dative: 'ému', accusative: '@nom', instrumental: 'ým', locative: 'ém' } },
  { re: /é$/, roles: ADJ, agree: 'pl', adj: true, strip: 1, forms: { genitive: 'ých', dative: 'ým', accusative: '@nom', instrumental: 'ými', locative: 'ých' } },
  { re: /í$/, roles: ADJ, agree: 'f', adj: true, kind: 'fixed' },
  { re: /í$/, roles: ADJ, agree: 'pl', adj: true, forms: { genitive: 'ch', dative: 'm', accusative: '@nom', instrumental: 'mi', locative: 'ch' } },
  { re: /í$/, roles: ADJ, adj: true, forms: { genitive: 'ho', dative: 'mu', accusative: '@nom', instrumental: 'm', locative: 'm' } },
  { re: /./, roles: ADJ, kind: 'unsafe' },
  // Korea → Koreje, Koreji, Koreu, Korejí (-ea is otherwise left alone).
  { re: /^korea$/, roles: PLACE, strip: 1, forms: { genitive: 'je', dative: 'ji', accusative: 'u', instrumental: 'jí', locative: 'ji' } },
  // dům → domu: the vowel changes (Bílý dům); not guessed.
  { re: /ů[^aeiouyáéíóúůýě]$/, roles: PLACE, kind: 'unsafe' },
  // Frequent masculine places whose genitive and locative are -u (Brusel → v Bruselu, Madrid → z Madridu).
  { re: /^(?:brusel|madrid|peking|washington|irák|írán|kongres|parlament|senát)$/, roles: PLACE, forms: { genitive: 'u', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  // Fleeting e in -el is a closed list of native names; foreign -el keeps it (Daniel → Daniela, Hegel → Hegela,
  // Ravel → Ravela), so -el as an ending would be wrong half of the time.
  ...man(/^(?:pavel|karel|havel|orel|kozel)$/, 2, 'l', false),
  // Alexander is declined as the Czech Alexandr (Alexandrem Van der Bellenem); Walter, Peter keep their e.
  ...man(/^alexander$/, 2, 'r', false),

  // Adjectival surnames: Jourová → Jourové/Jourovou, Novotný → Novotného, Zelenskyj → Zelenského (the
  // transliterated East Slavic -yj/-ij declines like -ý), Krejčí/Jiří → Krejčího.
  { re: /á$/, roles: S, gender: 'female', strip: 1, forms: { genitive: 'é', dative: 'é', accusative: 'ou', instrumental: 'ou', locative: 'é' } },
  { re: /ý$/, roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'ého', dative: 'ému', accusative: '@gen', instrumental: 'ým', locative: 'ém' } },
  { re: /(?:yj|ij)$/, roles: S, gender: 'male', strip: 2, forms: { genitive: 'ého', dative: 'ému', accusative: '@gen', instrumental: 'ým', locative: 'ém' } },
  { re: /í$/, roles: PERSON, gender: 'male', forms: { genitive: 'ho', dative: 'mu', accusative: '@gen', instrumental: 'm', locative: 'm' } },
  // Foreign men in -i/-y take the same endings: Salvini → Salviniho, Draghi → Draghiho, Kennedy → Kennedyho.
  { re: /[iy]$/, roles: PERSON, gender: 'male', forms: { genitive: 'ho', dative: 'mu', accusative: '@gen', instrumental: 'm', locative: 'm' } },
  // Men in -o decline like pán: Dmytro → Dmytra, Lukašenko → Lukašenka, Mario → Maria (not De Croo).
  { re: new RegExp(`(?:[^${V}]|[ie])o$`), roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'a', dative: 'ovi', accusative: '@gen', instrumental: 'em', locative: 'ovi' } },
  // A woman's name not in -a/-e does not decline: Ursula von der Leyen (when not written von der Leyenová),
  // Dagmar, Giorgia Meloni, Krejčí.
  { re: /[^ae]$/, roles: PERSON, gender: 'female', kind: 'fixed' },
  // -ie/-e (růže): Marie, Lucie, Alice; places Anglie, Francie.
  { re: /ie$/, roles: PLACE, strip: 1, forms: { genitive: 'e', dative: 'i', accusative: 'i', instrumental: 'í', locative: 'i' } },
  // -ce/-ie women's names decline (Alice → Alici, Marie → Marii); other foreign -e stays (Mette, Margrethe, Christine).
  { re: /[ci]e$/, roles: PERSON, gender: 'female', strip: 1, forms: { genitive: 'e', dative: 'i', accusative: 'i', instrumental: 'í', locative: 'i' } },
  { re: /e$/, roles: PERSON, gender: 'female', kind: 'fixed' },
  // Men in -e split: Rutte → Rutteho, Goethe → Goetha.
  { re: /e$/, roles: PERSON, gender: 'male', kind: 'unsafe' },
  // A man's surname in -u after a consonant declines like pán (iDNES and Lidovky: "nahradil Sergeje Šojgua";
  // iDNES: "Ahmetem Davutogluem"); places and other names in -u do not: Baku, Peru.
  { re: new RegExp(`[^${V}]u$`), roles: S, gender: 'male', forms: { genitive: 'a', dative: 'ovi', accusative: '@gen', instrumental: 'em', locative: 'ovi' } },
  { re: /u$/, kind: 'fixed' },

  // -a nouns. Men (předseda): Kuleba → Kuleby/Kulebovi/Kulebou.
  { re: /ia$/, kind: 'unsafe' }, // Olivia, Julia: usage varies (Olivie / Olivii)
  { re: new RegExp(`[${V}]a$`), kind: 'unsafe' },
  { re: /[žščřcjďťň]a$/, roles: PERSON, gender: 'male', kind: 'unsafe' },
  { re: /a$/, roles: PERSON, gender: 'male', strip: 1, forms: { genitive: 'y', dative: 'ovi', accusative: 'u', instrumental: 'ou', locative: 'ovi' } },
  // Women and places (žena / růže): the dative/locative softens the stem: Věra → Věře, Praha → Praze,
  // Monika → Monice, Olga → Olze, Jana → Janě, Ursula → Ursule.
  // ň, ť, ď are written n, t, d before i and ě: Keňa → v Keni (a place: -i in every oblique case but the
  // accusative, IJP), Táňa → Táni, Táně.
  ...(['ň', 'ť', 'ď'] as const).flatMap((soft): Rule[] => {
    const plain = { ň: 'n', ť: 't', ď: 'd' }[soft];
    return [
      { re: new RegExp(`${soft}a$`), roles: PLACE, strip: 1, forms: { genitive: `<${plain}i`, dative: `<${plain}i`, accusative: 'u', instrumental: 'ou', locative: `<${plain}i` } },
      { re: new RegExp(`${soft}a$`), strip: 1, forms: { genitive: `<${plain}i`, dative: `<${plain}ě`, accusative: 'u', instrumental: 'ou', locative: `<${plain}ě` } },
    ];
  }),
  { re: /[žščřcj]a$/, strip: 1, forms: { genitive: 'i', dative: 'e', accusative: 'u', instrumental: 'ou', locative: 'e' } },
  { re: /ra$/, strip: 1, forms: { genitive: 'y', dative: '<ře', accusative: 'u', instrumental: 'ou', locative: '<ře' } },
  { re: /cha$/, strip: 1, forms: { genitive: 'y', dative: '<<še', accusative: 'u', instrumental: 'ou', locative: '<<še' } },
  { re: /ka$/, strip: 1, forms: { genitive: 'y', dative: '<ce', accusative: 'u', instrumental: 'ou', locative: '<ce' } },
  { re: /[gh]a$/, strip: 1, forms: { genitive: 'y', dative: '<ze', accusative: 'u', instrumental: 'ou', locative: '<ze' } },
  { re: /[dtnbpvfm]a$/, strip: 1, forms: { genitive: 'y', dative: 'ě', accusative: 'u', instrumental: 'ou', locative: 'ě' } },
  { re: /[lsz]a$/, strip: 1, forms: { genitive: 'y', dative: 'e', accusative: 'u', instrumental: 'ou', locative: 'e' } },
  { re: /a$/, kind: 'unsafe' },

  // Men, consonant stems. Fleeting e only in -ek/-ec after a vowel and consonant(s): Marek → Marka,
  // Zdeněk → Zdeňka, Kubíček → Kubíčka, Němec → Němce.
  ...man(/něk$/, 3, 'ňk', false),
  ...man(/děk$/, 3, 'ďk', false),
  ...man(/těk$/, 3, 'ťk', false),
  ...man(new RegExp(`[${V}][^${V}]+ek$`), 2, 'k', false),
  ...man(new RegExp(`[${V}][^${V}]+ec$`), 2, 'c', true),
  // Soft stems: Tomáš → Tomáše, Ondřej → Ondřeje; foreign -s/-z/-x too: Klaus → Klause, Scholz → Scholze, Marx → Marxe.
  ...man(/[žščřcjxsz]$/, 0, '', true),
  // ť, ď, ň would need ě-spellings (Kuťa?), -th/-gh are foreign spellings with no settled treatment.
  { re: /(?:[ťďň]|th|gh)$/, roles: PERSON, kind: 'unsafe' },
  // Hard stems: Petr → Petra, Josep → Josepa, Borrell → Borrella, Olaf → Olafa.
  ...man(/[bdfghklmnprtvwq]$/, 0, '', false),

  // Places. Masculine towns in -ov/-ev/-ín/-ýn: Kyjev → Kyjeva/Kyjevě, Charkov, Berlín, Londýn.
  { re: /(?:ov|ev|ín|ýn)$/, roles: PLACE, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'ě' } },
  { re: /ec$/, roles: PLACE, strip: 2, forms: { genitive: 'ce', dative: 'ci', accusative: '@nom', instrumental: 'cem', locative: 'ci' } }, // Liberec → Liberce
  { re: new RegExp(`[${V}][^${V}]+ek$`), roles: PLACE, strip: 2, forms: { genitive: 'ku', dative: 'ku', accusative: '@nom', instrumental: 'kem', locative: 'ku' } }, // Písek, Damašek → Damašku
  { re: /ek$/, roles: PLACE, kind: 'unsafe' },
  // Elsewhere the genitive is -a or -u (Londýna but Madridu) and the locative -ě or -u (Berlíně but Bruselu): the
  // certain cases are given, the others only recognised ('?', never written).
  // Soft stems: a masculine (Madhjapradéš) and a feminine (Paříž) place share all cases but the instrumental
  // (Madhjapradéšem, Paříží), which is only recognised.
  { re: /[žšřčj]$/, roles: PLACE, forms: { genitive: 'e', dative: 'i', accusative: '@nom', instrumental: ['?em', '?í'], locative: 'i' } },
  // Foreign -s places take -u (Wales → Walesu, Texas → Texasu, Laos → Laosu); not the first word of Los Angeles.
  { re: /(?:ales|xas|nsas|aos)$/, roles: PLACE, forms: { genitive: 'u', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  { re: /(?:[kgh]|ch)$/, roles: PLACE, forms: { genitive: ['?u', '?a'], dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  { re: /r$/, roles: PLACE, forms: { genitive: ['?u', '?a'], dative: 'u', accusative: '@nom', instrumental: 'em', locative: '?u' } },
  { re: /[bdfmnptvw]$/, roles: PLACE, forms: { genitive: ['?u', '?a'], dative: 'u', accusative: '@nom', instrumental: 'em', locative: ['?u', '?ě'] } },
  // A silent -e after -bl/-tl declines as a hard masculine: Seattle → v Seattlu, Grenoble → z Grenoblu.
  { re: /[bt]le$/, roles: PLACE, strip: 1, forms: { genitive: 'u', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  // Neuters in -o: Brno → Brna/Brně, Rusko → Rusku, Tokio → Tokiu, Oslo → Oslu (Czech declines these).
  { re: /(?:[kgh]|ch)o$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  { re: new RegExp(`[^${V}]no$`), roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'ě' } },
  { re: /o$/, roles: PLACE, strip: 1, forms: { genitive: 'a', dative: 'u', accusative: '@nom', instrumental: 'em', locative: 'u' } },
  { re: /í$/, roles: PLACE, forms: { genitive: '', dative: '', accusative: '@nom', instrumental: 'm', locative: '' } }, // Záporoží → Záporožím
  { re: /i$/, roles: PLACE, kind: 'fixed' }, // Tbilisi
  // Everything else (Plzeň → Plzně, Olomouc; plurals: Helsinky; Izrael → Izraele but Brusel → Bruselu) is left
  // uninflected.
];

/** Plural place nouns: genitive, dative, instrumental, locative (ve Spojených státech). */
const PLURALS = new Map<string, readonly [string, string, string, string]>([
  ['státy', ['států', 'státům', 'státy', 'státech']],
  ['emiráty', ['emirátů', 'emirátům', 'emiráty', 'emirátech']],
  ['filipíny', ['filipín', 'filipínám', 'filipínami', 'filipínách']],
  ['špicberky', ['špicberk', 'špicberkám', 'špicberkami', 'špicberkách']],
]);

export const cs: LanguageSpec = {
  rules,
  pluralNouns: PLURALS,
  nounAgreement(w) {
    if (/(?:a|e)$/.test(w)) return 'f';
    if (/(?:o|í)$/.test(w)) return 'n';
    if (/[yi]$/.test(w)) return undefined;
    return 'm';
  },
  adjectiveAgreement(w) {
    if (/á$/.test(w)) return 'f';
    if (/ý$/.test(w)) return 'm';
    if (/é$/.test(w)) return 'n|pl';
    if (/(?:[nščcžř]í)$/.test(w)) return 'any';
    return undefined;
  },
  eastSlavicPlaces: false,
  hyphenatedGivenLastOnly: false,
  inferGender(w, role) {
    if (role !== 'surname') return undefined;
    if (/á$/.test(w)) return 'female';
    if (/(?:ý|skyj|ckyj|skij|ckij)$/.test(w)) return 'male';
    return undefined;
  },
};
