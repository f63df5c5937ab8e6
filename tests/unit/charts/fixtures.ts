import type { ChartStrings, ModelContext } from '../../../src/lib/charts/chart-type';
import type { Figure, Lang } from '../../../src/lib/figures';

/** A small ledger of its own, so the chart tests do not move when the content changes. */
const figure = (
  id: string,
  value: number,
  unit: Figure['unit'],
  period: Figure['period'],
  en: string,
  zh: string,
  over: Partial<Figure> = {},
): Figure => ({
  id,
  value,
  unit,
  period,
  qualifier: 'exact',
  theme: 's',
  zh: { text: String(value), label: zh },
  en: { label: en },
  quote: '',
  ...over,
});

export const ledger = new Map<string, Figure>(
  [
    figure('members', 4_894_000, 'people', 'fyp14', 'New members', '新会员', { zh: { text: '489.4万', label: '新会员' } }),
    figure('gig', 1_700_000, 'people', 'fyp14', 'Gig workers', '新就业形态', { zh: { text: '170万', label: '新就业形态' } }),
    figure('migrant', 3_190_000, 'people', 'fyp14', 'Migrant workers', '农民工', { zh: { text: '319万', label: '农民工' } }),
    figure('orgs', 55_900, 'organisations', 'fyp14', 'New unions', '新建组织', { zh: { text: '5.59万', label: '新建组织' } }),
    figure('stations', 7_400, 'places', 'to-date', 'Rest stations', '驿站', {
      qualifier: 'more-than',
      zh: { text: '7400余', label: '驿站' },
    }),
    figure('rooms', 5_200, 'places', 'to-date', 'Mothers’ rooms', '妈妈小屋', {
      qualifier: 'more-than',
      zh: { text: '5200余', label: '妈妈小屋' },
    }),
    figure('centres', 932, 'places', 'fyp14', 'Legal-aid centres and service points for workers across the province', '法律援助机构', {
      zh: { text: '932', label: '法律援助机构' },
    }),
    figure('fairs-box', 3_000, 'events', 'y2025', 'Job fairs', '招聘会', {
      qualifier: 'more-than',
      box: true,
      conflictsWith: 'fairs',
      zh: { text: '3000余', label: '招聘会' },
    }),
    figure('fairs', 1_567, 'events', 'y2025', 'Job fairs', '招聘会', { conflictsWith: 'fairs-box' }),
    figure('after', 3, 'disputes', 'event', 'After', '之后', { qualifier: 'fewer-than', zh: { text: '不足3', label: '之后' } }),
    figure('before', 15, 'disputes', 'event', 'Before', '之前'),
    figure('kids', 142_800, 'person-times', 'to-date', 'Children', '子女', { zh: { text: '14.28万', label: '子女' } }),
    figure('gig-kids', 10_400, 'person-times', 'to-date', 'Gig workers’ children', '新就业形态子女', {
      zh: { text: '1.04万', label: '新就业形态子女' },
    }),
    figure('money', 16_000_000, 'yuan', 'fyp14', 'Losses recovered', '挽回损失', {
      qualifier: 'more-than',
      zh: { text: '1600余万', label: '挽回损失' },
    }),
  ].map((f) => [f.id, f]),
);

const strings: Record<Lang, ChartStrings> = {
  en: {
    tags: { box: 'box', body: 'main text' },
    periods: { fyp14: '14th Five-Year Plan period', y2025: '2025', 'to-date': 'To date', event: 'One event', mixed: 'various periods' },
    highlighted: 'Highlighted: {items}.',
    separator: '; ',
    chart: 'Chart',
    ofWhich: 'Of which: ',
    bounds: { more: 'Arrow: more than', under: 'Dashed: fewer than', moreSymbol: 'Dashed square: more than' },
    units: { people: 'People', organisations: 'Organisations', places: 'Places', events: 'Events', yuan: 'Money (yuan)' },
  },
  zh: {
    tags: { box: '数说', body: '正文' },
    periods: { fyp14: '“十四五”时期', y2025: '2025年', 'to-date': '截至目前', event: '单项活动', mixed: '多个时期' },
    highlighted: '突出显示：{items}。',
    separator: '；',
    chart: '图表',
    ofWhich: '其中：',
    bounds: { more: '箭头：余', under: '虚线框：不足', moreSymbol: '虚线方块：余' },
    units: { people: '人数', organisations: '组织数', places: '处所数', events: '场次', yuan: '金额（元）' },
  },
};

export const context = (lang: Lang = 'en'): ModelContext => ({
  lang,
  strings: strings[lang],
  figure: (id) => {
    const f = ledger.get(id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  },
});

const text = (en: string) => ({ zh: en, en });

export const specs = {
  rows: {
    id: 'r',
    type: 'rows' as const,
    section: 's',
    title: text('{fairs} fairs'),
    description: text('Rows of {fairs} fairs'),
    panels: [
      { rows: [{ figure: 'fairs-box', compare: 'fairs' }] },
      { rows: [{ figure: 'before' }, { figure: 'after', label: { zh: '一年后', en: 'A year on' } }] },
      { rows: [{ figure: 'kids', part: 'gig-kids' }] },
      { rows: [{ figure: 'money' }] },
    ],
    steps: [
      {
        highlight: ['fairs-box', 'fairs'],
        zh: '招聘会{fairs}',
        en: 'Fairs: {fairs}',
        callouts: [{ figure: 'fairs-box', zh: '箭头：更多', en: 'Arrow: more' }],
      },
      { highlight: ['before'], zh: '之前{before}', en: 'Before: {before}' },
      {
        highlight: ['after', 'before'],
        zh: '之后{after}',
        en: 'After: {after}',
        callouts: [{ figure: 'after', from: 'before', zh: '降了', en: 'A fall' }],
      },
      { highlight: ['kids'], zh: '子女{kids}', en: 'Children: {kids}' },
      {
        highlight: ['gig-kids'],
        zh: '其中{gig-kids}',
        en: 'Of which {gig-kids}',
        callouts: [{ figure: 'gig-kids', zh: '在总数之内', en: 'Inside the total' }],
      },
      { id: 'money', highlight: ['money'], zh: '{money}元', en: '{money} yuan' },
    ],
  },
  unit: {
    id: 'u',
    type: 'unit-grid' as const,
    section: 's',
    title: text('Units'),
    description: text('{members} members'),
    whole: {
      total: 'members',
      parts: ['gig', 'migrant'],
      perMark: 100_000,
      key: { zh: '每个方块代表{per-mark}名会员', en: 'Each square: {per-mark} members' },
    },
    steps: [
      { highlight: ['members'], zh: '{members}', en: '{members} members' },
      { highlight: ['gig'], zh: '{gig}', en: '{gig} gig workers', callouts: [{ figure: 'gig', zh: '取出', en: 'Taken out' }] },
      {
        highlight: ['migrant'],
        zh: '{migrant}',
        en: '{migrant} migrant workers',
        callouts: [{ figure: 'migrant', zh: '可能重叠', en: 'May overlap' }],
      },
    ],
  },
  symbols: {
    id: 'y',
    type: 'symbols' as const,
    section: 's',
    title: text('Places'),
    description: text('Places'),
    perMark: 100,
    key: { zh: '每个方块代表{per-mark}处', en: 'Each square: {per-mark} places' },
    groups: ['stations', 'rooms'],
    steps: [
      {
        highlight: ['stations'],
        zh: '{stations}',
        en: '{stations} stations',
        callouts: [{ figure: 'stations', zh: '虚线：更多', en: 'Dashed: more' }],
      },
      { highlight: ['rooms'], zh: '{rooms}', en: '{rooms} rooms' },
    ],
  },
};
