import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/match/matcher.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';

// Forms of real news (issue 10 §2) recognised as their entity with the shipped glossary.
const index = buildNameIndex(loadGlossary());
const found = (text: string, locale: string) => findMentions(text, index, { locale }).map((m) => `${m.text}=${m.entity.id}`);

describe('recognition of the case forms of places in real news', () => {
  it('recognises the genitive a paradigm cannot choose (Бахмута or Іраку), without writing it', () => {
    expect(found('Бої в районах Бахмута тривають.', 'uk')).toContain('Бахмута=bakhmut');
    expect(found('Зеленський прибув до Брюсселя, щоб отримати підтримку.', 'uk')).toContain('Брюсселя=brussels');
    expect(['Бахмута', 'Бахмуту']).not.toContain(index.formFor(index.glossary.entities.get('bakhmut')!, 'uk', false, 'genitive'));
  });
  it('recognises every form of a case, not only the first (Майку Пенсу beside Майкові Пенсу)', () => {
    expect(found('Він подзвонив Майку Пенсу.', 'uk')).toContain('Майку Пенсу=mike-pence');
  });
  it('declines -ство neuters, Схід, soft and -s places', () => {
    expect(found('Меры для защиты Соединенного Королевства.', 'ru')).toContain('Соединенного Королевства=united-kingdom');
    expect(found('Стабільність Близького Сходу.', 'uk')).toContain('Близького Сходу=middle-east');
    expect(found('Architekt vlády Nového Jižního Walesu.', 'cs')).toContain('Nového Jižního Walesu=new-south-wales');
  });
  it('takes Британия and Británie for the United Kingdom, and a genitive after a capital for a complement', () => {
    expect(found('Политика Британии не изменится.', 'ru')).toContain('Британии=united-kingdom');
    expect(found('Od nezávislosti na Británii v roce 1947.', 'cs')).toContain('Británii=united-kingdom');
    expect(found('Так, Банк России снижает ставку.', 'ru')).toContain('России=russia');
  });
});
