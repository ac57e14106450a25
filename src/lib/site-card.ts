import type { CardText } from './og/card.ts';
import { site } from '../site.ts';

/** What the site's own preview card (pages other than articles) shows: its name and promise. */
export const siteCardText: CardText = { siteName: site.name, headline: site.tagline, footer: new URL(site.url).host, label: '中文报纸版面阅读' };
