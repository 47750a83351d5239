/**
 * Ukrainian → Polish practical transcription (PWN rules), the spelling of the Polish press and Polish Wikipedia:
 * Зеленський → Zełenski, Кулеба → Kułeba, Залужний → Załużny, Бердянськ → Berdiańsk.
 */
import type { Scheme } from '../types.ts';

/** Ukrainian vowel letters (source side). */
const V = 'аеєиіїоуюя';
/** Letters before which Ukrainian л is soft (l); Ukrainian е is hard, so ле → łe. */
const SOFT = 'ьіїєюя';
const APOSTROPHES = ['’', "'", 'ʼ'];

export const UK_PL: Scheme = {
  id: 'uk>pl',
  language: 'uk',
  target: 'Latn',
  standard: 'PWN rules (Polish practical transcription of Ukrainian, Wielki słownik ortograficzny PWN)',
  year: 2016,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'w' },
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'g' },
    { from: 'д', to: 'd' },
    { from: 'е', to: 'e' },
    // є: je at the start and after vowels (Єрмак → Jermak); after л it only softens (le); ie after other consonants.
    { from: 'є', to: 'je', at: 'start' },
    { from: 'є', to: 'je', after: V + 'ь' },
    { from: 'є', to: 'e', after: 'л' },
    { from: 'є', to: 'ie' },
    { from: 'ж', to: 'ż' },
    { from: 'з', to: 'z' },
    { from: 'и', to: 'y' },
    // Adjectival surnames take Polish endings: -ський/-цький → -ski/-cki, -ий → -y (Зеленський → Zełenski,
    // Залужний → Załużny); -ська → -ska follows from the rules for с and ь (Зеленська → Zełenska).
    { from: 'ський', to: 'ski', at: 'end' },
    // -нський/-нська keep a plain n: the ń of -нськ- (below) is for place names (Зеленська → Zełenska).
    { from: 'нський', to: 'nski', at: 'end' },
    { from: 'нська', to: 'nska', at: 'end' },
    { from: 'цький', to: 'cki', at: 'end' },
    { from: 'ий', to: 'y', at: 'end' },
    { from: 'і', to: 'i' },
    // -ія at the end is -ia, as in Polish names (Юлія → Julia, Марія → Maria).
    { from: 'ія', to: 'ia', at: 'end' },
    { from: 'ї', to: 'ji' },
    { from: 'й', to: 'j' },
    { from: 'к', to: 'k' },
    // л: l before і ї є ю я ь, ł elsewhere, including before the hard Ukrainian е (Валерій → Wałerij, Олена → Ołena).
    { from: 'л', to: 'l', before: SOFT },
    { from: 'л', to: 'ł' },
    { from: 'м', to: 'm' },
    // -ськ- is -sk, but -нськ- is -ńsk (Краматорськ → Kramatorsk, Бердянськ → Berdiańsk, Луганськ → Łuhańsk).
    { from: 'нськ', to: 'ńsk' },
    { from: 'ськ', to: 'sk' },
    { from: 'цьк', to: 'ck' },
    { from: 'н', to: 'n' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    { from: 'у', to: 'u' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'c' },
    { from: 'ч', to: 'cz' },
    { from: 'ш', to: 'sz' },
    { from: 'щ', to: 'szcz' },
    // ь: ń ś ź ć where Polish has the letter (Ірпінь → Irpiń); dropped after л and elsewhere (Маріуполь → Mariupol).
    { from: 'нь', to: 'ń', notBefore: V },
    { from: 'сь', to: 'ś', notBefore: V },
    { from: 'зь', to: 'ź', notBefore: V },
    { from: 'ць', to: 'ć', notBefore: V },
    { from: 'ь', to: '' },
    // ю, я: ju/ja at the start and after vowels; u/a after л and hushing consonants (Подоляк → Podolak); iu/ia after
    // other consonants (Бердянськ → Berdiańsk, Ізюм → Izium).
    { from: 'ю', to: 'ju', at: 'start' },
    { from: 'ю', to: 'ju', after: V + 'ь' },
    { from: 'ю', to: 'u', after: 'лжцчшщ' },
    { from: 'ю', to: 'iu' },
    { from: 'я', to: 'ja', at: 'start' },
    { from: 'я', to: 'ja', after: V + 'ь' },
    { from: 'я', to: 'a', after: 'лжцчшщ' },
    { from: 'я', to: 'ia' },
    // After the apostrophe (which follows a labial or р) the Polish press writes the soft i: Слов’янськ → Słowiańsk,
    // Куп’янськ → Kupiańsk.
    ...APOSTROPHES.flatMap((a) => [
      { from: a + 'я', to: 'ia' },
      { from: a + 'ю', to: 'iu' },
      { from: a + 'є', to: 'ie' },
      { from: a + 'ї', to: 'ji' },
      { from: a, to: '' },
    ]),
  ],
  notes: 'Historical Polish exonyms (Київ → Kijów, Львів → Lwów, Харків → Charków, Житомир → Żytomierz) are left to the glossary.',
};
