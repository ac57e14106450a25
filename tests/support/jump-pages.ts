/** Two pages of one day where an article jumps from page 1 to page 5, and a next day's page bringing a headline's body. */
import { page } from './pages.ts';

export const FRONT = page('2026年3月5日', '第1版：要闻', '城市书房开到家门口', '■ 王小明', '第一段。', '第二段写到版面底部。（下转第5版）', '垃圾分类', '让城市“轻”下来');
export const BACK = page('2026年3月5日', '第5版：综合', '城市书房开到家门口', '（上接第1版）第三段在第五版。', '小标题', '第四段。');
export const LATER = page('2026年3月6日', '第2版：民生', '让城市“轻”下来', '■ 李四', '垃圾分类的正文。');
/** The article's paragraphs and subhead once the two parts are one. */
export const WHOLE = ['第一段。', '第二段写到版面底部。', '第三段在第五版。', '小标题', '第四段。'];
