/**
 * The made-up paper's day: which pages it prints, in what order, under which
 * section names. Weekdays carry 14–20 pages, weekends 8–12, so a day holds
 * about a hundred articles; the two 要闻 pages always lead.
 */
import { DISTRICTS, type Domain } from './lexicon.ts';
import type { Random } from './random.ts';

export interface PagePlan {
  /** The page label as printed between 第 and 版: two digits, 01, 02, … (like 人民日报's 第03版). */
  label: string;
  section: string;
  /** The kinds of report the page prints; one is drawn per article. */
  domains: readonly Domain[];
  /** A district page's district (index into DISTRICTS). */
  district?: number;
  /** True for page 1, which leads with a long report and carries short items. */
  front: boolean;
}

interface SectionKind {
  section: string | 'district';
  domains: readonly Domain[];
}

/** Every page a full weekday paper can print, in printed order after the two 要闻 pages. */
const OPTIONAL: readonly SectionKind[] = [
  { section: '综合', domains: ['gov', 'economy', 'society', 'culture'] },
  { section: '经济', domains: ['economy'] },
  { section: '财经', domains: ['economy'] },
  { section: 'district', domains: ['gov', 'society', 'agri', 'economy'] },
  { section: 'district', domains: ['gov', 'society', 'agri', 'culture'] },
  { section: '农业农村', domains: ['agri'] },
  { section: '社会', domains: ['society'] },
  { section: '民生', domains: ['society', 'health'] },
  { section: '城事', domains: ['society', 'gov'] },
  { section: '教育', domains: ['education'] },
  { section: '健康', domains: ['health'] },
  { section: '文化', domains: ['culture'] },
  { section: '文旅', domains: ['culture', 'economy'] },
  { section: '体育', domains: ['sports'] },
  { section: '国际', domains: ['world'] },
  { section: '评论', domains: ['opinion'] },
  { section: '理论', domains: ['opinion', 'gov'] },
  { section: '烟雨楼', domains: ['essay'] },
];
const FRONT: readonly SectionKind[] = [
  { section: '要闻', domains: ['gov', 'gov', 'economy', 'society'] },
  { section: '要闻', domains: ['gov', 'economy', 'society', 'culture'] },
];

/** The district pages name a real district (南湖新闻); 经开区 and 港区 have none of their own. */
const DISTRICT_PAGES = DISTRICTS.length - 2;

/** The pages of one day, from the main stream. */
export function planDay(random: Random, weekday: number): PagePlan[] {
  const weekend = weekday === 0 || weekday === 6;
  const count = weekend ? random.int(8, 12) : random.int(14, 20);
  const chosen = random.some(OPTIONAL, count - FRONT.length);
  const districts = random.some(
    Array.from({ length: DISTRICT_PAGES }, (_, i) => i),
    2,
  );
  let districtPage = 0;
  return [...FRONT, ...chosen].map((kind, index): PagePlan => {
    const label = String(index + 1).padStart(2, '0');
    if (kind.section !== 'district') return { label, section: kind.section, domains: kind.domains, front: index === 0 };
    // Two district pages on a day show two different districts, in their listed order.
    const district = districts[districtPage++ % districts.length]!;
    return { label, section: `${DISTRICTS[district]!.short}新闻`, domains: kind.domains, district, front: false };
  });
}
