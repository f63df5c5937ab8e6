import { langs, type Lang } from '../i18n/locales';

/** Props of a page that exists once per language. */
export interface LangProps {
  lang: Lang;
}

/** getStaticPaths of a page that exists once per language: /zh/… and /en/…. */
export function eachLang(): { params: { lang: Lang }; props: LangProps }[] {
  return langs.map((lang) => ({ params: { lang }, props: { lang } }));
}
