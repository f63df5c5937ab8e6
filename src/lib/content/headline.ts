/**
 * The article's section headings are couplets: a theme and what came of it (加强思想政治引领
 * 广大职工政治信念更加坚定). A chapter opener sets the first half as its title and the second as
 * its deck; both stay the article's own words. English splits where the translation puts a colon.
 */
export function splitHeadline(title: string, lang: 'zh' | 'en'): { head: string; deck?: string } {
  // Not after 、: the closing headline has a stray space there (建功立业、 创新创造), kept verbatim.
  const at = lang === 'zh' ? title.search(/(?<!、)[ \u3000](?=\S)/) : title.indexOf(': ');
  if (at <= 0) return { head: title };
  const head = title.slice(0, at).trim();
  const deck = title.slice(at + (lang === 'zh' ? 1 : 2)).trim();
  if (!deck) return { head: title };
  return { head, deck: lang === 'en' ? deck.charAt(0).toUpperCase() + deck.slice(1) : deck };
}
