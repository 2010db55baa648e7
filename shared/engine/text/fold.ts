// ASCII folding for comparison keys ("Šefčović" -> "sefcovic", "Лавров" -> "lavrov").
import anyAscii from 'any-ascii';

/** Lower-case ASCII transliteration; apostrophe signs and periods removed. */
export function asciiKey(s: string): string {
  return anyAscii(s).toLowerCase().replace(/['`]/g, '').replace(/\./g, '');
}

/** ASCII transliteration, case kept. */
export function ascii(s: string): string {
  return anyAscii(s);
}
