/**
 * What a translation must keep as written: URLs, e-mail addresses and numbers of the base (translate-toolkit's
 * pofilter checks `urls`, `emails`, `numbers`). A number may be written with the locale's own digits (٣٠, ३०)
 * and separators (1.000, 1 000, 1,5); a URL may point at a localised page of the same host
 * (docs.example.com/de/) and an address may change its local part (example@email.com → esempio@email.com); an
 * example host (example.com, localhost) may be translated too (http://esimerkki.com). Numbers of one digit are
 * left alone: "2 files" may well be "zwei Dateien".
 */
import { t } from '../../i18n/index.ts';
import type { Message } from '../message.ts';
import { valueRange, type LocaleFinding, type LocaleRule } from './rule.ts';

const URL = /\b(?:https?:\/\/|www\.)[\p{L}\p{N}][^\s<>"'`)\]}]*/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// A run of digits of any script, with the separators numbers are written with between them.
// A space groups thousands only before exactly three digits: "1 000" is one number, "H.264 10-bit" two.
const NUMBER = /\p{Nd}+(?:[.,'’\u066b\u066c]\p{Nd}+|[\u00a0\u202f\u2009 ]\p{Nd}{3}(?!\p{Nd}))*/gu;

const trimUrl = (u: string) => u.replace(/[.,;:!?…]+$/u, '');
function host(url: string): string {
  const m = /^(?:https?:\/\/)?([^/?#]+)/iu.exec(url);
  return (m?.[1] ?? url).toLowerCase().replace(/^www\./, '');
}

const domain = (email: string) => email.slice(email.lastIndexOf('@') + 1);
const EXAMPLE = /(?:^|\.)(?:example\.(?:com|org|net)|localhost|domain\.(?:com|tld)|your[-\w]*\.\w+)$|^(?:127\.|0\.0\.0\.0|\[::1\])/u;

/** The digit's value whatever its script: Unicode puts each script's 0–9 in a row, 0 first. */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0)!;
  let value = 0;
  while (value < 60 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    value++;
  }
  return value % 10;
}

/** The digits of a number, in ASCII, separators dropped: `1.000`, `1 000` and `١٠٠٠` are all `1000`. */
function digits(n: string): string {
  let out = '';
  for (const ch of n) if (/\p{Nd}/u.test(ch)) out += /[0-9]/.test(ch) ? ch : String(digitValue(ch));
  return out;
}

interface Tokens {
  urls: string[];
  emails: string[];
  /** Each number's digits (compared) and how the base writes it (shown). */
  numbers: Array<{ digits: string; text: string }>;
}

function tokens(message: Message): Tokens {
  const text = message.prose;
  const urls = [...text.matchAll(URL)].map((m) => trimUrl(m[0]));
  // URLs hold digits and @ of their own.
  const rest = urls.length ? text.replace(URL, (u) => ' '.repeat(u.length)) : text;
  const emails = rest.includes('@') ? [...rest.matchAll(EMAIL)].map((m) => m[0].toLowerCase()) : [];
  const plain = emails.length ? rest.replace(EMAIL, (e) => ' '.repeat(e.length)) : rest;
  // An IPv4 address is an example a translation may change (192.168.1.100 → 192.168.1.1), like a URL's host.
  const bare = /\d+\.\d+\.\d+\.\d+/.test(plain) ? plain.replace(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, (ip) => ' '.repeat(ip.length)) : plain;
  const numbers = /\p{Nd}/u.test(bare) ? [...bare.matchAll(NUMBER)].map((m) => ({ digits: digits(m[0]), text: m[0].trim() })) : [];
  return { urls, emails, numbers };
}

// What a base string asks to keep, once per base message (a base string is compared with every translation of it):
// undefined when nothing (no digit, @, / or www, a parse error, or numbers of one digit only).
const wantedOf = new WeakMap<Message, Tokens | null>();

function wanted(value: string, message: Message): Tokens | undefined {
  let want = wantedOf.get(message);
  if (want === undefined) {
    want = null;
    if (/[\p{Nd}@/]|www\./u.test(value) && !message.error) {
      const found = tokens(message);
      if (found.urls.length || found.emails.length || found.numbers.some((n) => n.digits.length > 1)) want = found;
    }
    wantedOf.set(message, want);
  }
  return want ?? undefined;
}

export const keptToken: LocaleRule = {
  meta: { id: 'kept-token', description: 'A URL, e-mail address or number of the base string that the translation lost or changed.', defaultSeverity: 'warning' },
  check(context) {
    if (!context.base) return [];
    const findings: LocaleFinding[] = [];
    const items = context.pairing.translated;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const { entry } = item;
      const want = wanted(item.base!.value, context.message(item.base!));
      if (!want) continue;
      const message = context.message(entry);
      if (message.error) continue;
      const have = tokens(message);
      const lost: string[] = [];
      const hosts = new Set(have.urls.map(host));
      // A translation with as many URLs as the base may have localised them (https://miservidor.com for myserver.com).
      if (have.urls.length < want.urls.length) for (const u of want.urls) if (!have.urls.includes(u) && !hosts.has(host(u)) && !EXAMPLE.test(host(u))) lost.push(u);
      const domains = new Set(have.emails.map(domain));
      for (const e of want.emails) if (!domains.has(domain(e)) && !EXAMPLE.test(domain(e))) lost.push(e);
      // Ordinals and the like may join or split digits ("1st" → "1."), so compare the digit strings as a whole too.
      const haveDigits = have.numbers.map((n) => n.digits).join(' ');
      const seen = new Set<string>();
      for (const n of want.numbers) {
        if (n.digits.length < 2 || seen.has(n.digits) || haveDigits.includes(n.digits)) continue;
        seen.add(n.digits);
        lost.push(n.text);
      }
      if (lost.length) findings.push({ ...valueRange(entry), message: t('locales.kept-token.message', { key: entry.key, list: lost.join(', '), count: lost.length, base: context.baseLocale }) });
    }
    return findings;
  },
};
