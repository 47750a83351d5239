import type { Scheme } from '../types.ts';
import { apostrophes, letters } from './common.ts';

/**
 * Ukraine's national system: Cabinet of Ministers Resolution No. 55 of 27 January 2010. Passports, ID cards, road
 * signs, maps; adopted by UNGEGN (2012) and BGN/PCGN (2019). Letter by letter (note 3), with two position rules.
 */
export const ukNational2010: Scheme = {
  id: 'uk-national-2010',
  language: 'uk',
  target: 'Latn',
  standard: 'Cabinet of Ministers Resolution 55 (KMU 2010)',
  year: 2010,
  rules: [
    // Note 1: зг is zgh, so that it is not read as ж (zh): Згорани → Zghorany, Розгон → Rozghon.
    { from: 'зг', to: 'zgh' },
    // Є, ї, й, ю, я at the start of a word are ye, yi, y, yu, ya; elsewhere ie, i, i, iu, ia
    // (Єнакієве → Yenakiieve, Їжакевич → Yizhakevych, Йосипівка → Yosypivka, Юрій → Yurii, Яготин → Yahotyn).
    // An apostrophe does not start a word: Знам'янка → Znamianka, Мар'їне → Marine.
    { from: 'є', to: 'ye', at: 'start' },
    { from: 'ї', to: 'yi', at: 'start' },
    { from: 'й', to: 'y', at: 'start' },
    { from: 'ю', to: 'yu', at: 'start' },
    { from: 'я', to: 'ya', at: 'start' },
    // Note 2: the soft sign and the apostrophe are not written: Тернопіль → Ternopil, Короп'є → Koropie.
    { from: 'ь', to: '' },
    ...apostrophes(''),
    ...letters({
      а: 'a', б: 'b', в: 'v',
      г: 'h', // Богдан → Bohdan
      ґ: 'g', // Ґалаґан → Galagan
      д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z',
      и: 'y', // Михайленко → Mykhailenko
      і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
      ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'iu', я: 'ia',
    }),
  ],
};
