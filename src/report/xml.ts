/**
 * XML text for the junit and checkstyle reports: attribute and text values escaped, and characters XML 1.0 cannot
 * carry at all (control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and
 * U+FFFF) written as U+FFFD, so that a message quoting a broken text still gives a well-formed document.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Kept as characters by a parser only when escaped in attributes (they would be normalised to spaces).
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function attributes(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => ` ${k}="${xmlEscape(v)}"`).join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
