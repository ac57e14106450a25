/** The one place for the site's identity: pages, feed, sitemap and previews read it from here. */
export const site = {
  name: '读报',
  /** One line under the name, on the site's own preview image. */
  tagline: '逐字忠于版面的中文报纸阅读',
  /** Shown under the name and used as the default meta description. */
  description: '把印刷版面变成好读、好找、好分享的新闻网页：逐字忠于版面的中文报纸阅读站。',
  /** Absolute origin the site is served from; canonical links, the feed and the sitemap are built on it. */
  url: 'https://dubao.example.cn',
  /** BCP 47 language of every page. */
  lang: 'zh-CN',
} as const;
