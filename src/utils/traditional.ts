import { Converter } from 'opencc-js/cn2t';
import { traditionalConverter, type Convert } from '../lib/traditional/convert';
import { getContentIndex } from './content-index';

let converter: Convert | undefined;

/**
 * Simplified text in the 繁體 edition's characters: OpenCC's s2tw (Taiwan standard characters,
 * no regional vocabulary) with the reviewed overrides of content/traditional.json.
 */
export function toTraditional(simplified: string): string {
  converter ??= traditionalConverter(Converter({ from: 'cn', to: 'tw' }), getContentIndex().traditional);
  return converter(simplified);
}
