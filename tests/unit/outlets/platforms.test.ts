import { describe, expect, it } from 'vitest';
import { classifyPlatform } from '../../../src/outlets/platforms';
import { createBuiltinDirectory } from '../../../src/outlets/builtin';

const dir = createBuiltinDirectory();

describe('platform rules', () => {
  it.each([
    ['https://x.com/tagesschau/status/1789', 'social', 'X', '@tagesschau'],
    ['https://twitter.com/nytimes', 'social', 'X', '@nytimes'],
    ['https://x.com/search?q=news', 'social', 'X', null],
    ['https://www.facebook.com/tagesschau/posts/123', 'social', 'Facebook', '@tagesschau'],
    ['https://www.facebook.com/groups/berlinmums', 'social', 'Facebook', 'groups/berlinmums'],
    ['https://www.instagram.com/zeitonline/', 'social', 'Instagram', '@zeitonline'],
    ['https://www.instagram.com/p/Cabc123/', 'social', 'Instagram', null],
    ['https://www.threads.net/@zuck/post/1', 'social', 'Threads', '@zuck'],
    ['https://bsky.app/profile/tagesschau.de/post/3k', 'social', 'Bluesky', '@tagesschau.de'],
    ['https://mastodon.social/@Gargron/1234567', 'social', 'Mastodon', '@Gargron@mastodon.social'],
    ['https://social.example-instance.org/@alice', 'social', 'Mastodon', '@alice@social.example-instance.org'],
    ['https://www.tiktok.com/@tagesschau/video/1', 'social', 'TikTok', '@tagesschau'],
    ['https://www.youtube.com/@DWNews', 'social', 'YouTube', '@DWNews'],
    [
      'https://www.youtube.com/channel/UCknLrEdhRCp1aegoMqRaCZg',
      'social',
      'YouTube',
      'channel/UCknLrEdhRCp1aegoMqRaCZg',
    ],
    ['https://youtu.be/dQw4w9WgXcQ', 'social', 'YouTube', null],
    ['https://t.me/s/durov', 'social', 'Telegram', '@durov'],
    ['https://t.me/meduzalive/123', 'social', 'Telegram', '@meduzalive'],
    ['https://www.linkedin.com/company/reuters/', 'social', 'LinkedIn', 'company/reuters'],
    ['https://vk.com/ria', 'social', 'VK', '@ria'],
    ['https://weibo.com/u/1234567', 'social', 'Weibo', 'u/1234567'],
    ['https://www.reddit.com/r/europe/comments/abc/title/', 'forum', 'Reddit', 'r/europe'],
    ['https://old.reddit.com/user/spez', 'forum', 'Reddit', 'u/spez'],
    ['https://math.stackexchange.com/questions/1/x', 'forum', 'Stack Exchange', 'math'],
    ['https://stackoverflow.com/questions/1/x', 'forum', 'Stack Overflow', null],
    ['https://www.quora.com/What-is-x', 'forum', 'Quora', null],
    ['https://news.ycombinator.com/item?id=1', 'forum', 'Hacker News', null],
    ['https://boards.4chan.org/pol/thread/1', 'forum', '4chan', '/pol/'],
    ['https://lemmy.world/c/europe', 'forum', 'Lemmy', 'c/europe'],
    ['https://some-lemmy.example/c/technology@lemmy.ml', 'forum', 'Lemmy', 'c/technology@lemmy.ml'],
    ['https://meta.example.com/t/some-topic/1234', 'forum', 'Discourse', null],
    ['https://www.example.org/phpbb/viewtopic.php?t=5', 'forum', 'phpBB', null],
    ['https://www.example.org/showthread.php?t=5', 'forum', 'vBulletin', null],
    ['https://www.example.org/threads/some-thread.12345/', 'forum', 'XenForo', null],
    ['https://www.example.org/forum/topic-1', 'forum', 'Forum', null],
    ['https://de.wikipedia.org/wiki/Berlin', 'reference', 'Wikipedia', null],
    ['https://commons.wikimedia.org/wiki/File:X.jpg', 'reference', 'Wikimedia', null],
    ['https://web.archive.org/web/2020/https://example.org/', 'reference', 'Wayback Machine', null],
    ['https://archive.ph/abcde', 'reference', 'archive.today', null],
    ['https://doi.org/10.1000/xyz', 'academic', 'DOI', null],
    ['https://arxiv.org/abs/2401.00001', 'academic', 'arXiv', null],
    ['https://pubmed.ncbi.nlm.nih.gov/123456/', 'academic', 'PubMed', null],
  ])('%s', (url, category, name, account) => {
    expect(classifyPlatform(url)).toEqual({ category, platform: { name, account } });
  });

  it.each([
    ['https://www.ox.ac.uk/news', 'academic'],
    ['https://www.mit.edu/', 'academic'],
    ['https://www.uni-heidelberg.de/', 'academic'],
    ['https://ethz.ch/de.html', 'academic'],
    ['https://www.whitehouse.gov/briefing-room/', 'government'],
    ['https://www.gov.uk/government/news/x', 'government'],
    ['https://www.ons.gov.uk/x', 'government'],
    ['https://www.bundesregierung.de/breg-de', 'government'],
    ['https://www.bmi.bund.de/x', 'government'],
    ['https://commission.europa.eu/x', 'government'],
    ['https://www.interieur.gouv.fr/x', 'government'],
    ['https://www.who.int/news', 'government'],
    ['https://www.lamoncloa.gob.es/x', 'government'],
  ])('%s -> %s', (url, category) => {
    expect(classifyPlatform(url)?.category).toBe(category);
  });

  it('leaves ordinary sites alone', () => {
    expect(classifyPlatform('https://www.example.com/news/2024/story')).toBeNull();
    expect(classifyPlatform('https://unicef-shop.example.com/')).toBeNull();
  });

  it('lets a directory outlet win over shape rules on its own site', () => {
    expect(dir.classify('https://www.heise.de/forum/heise-online/x').category).toBe('news');
    expect(dir.classify('https://www.reddit.com/r/de').platform).toEqual({ name: 'Reddit', account: 'r/de' });
    expect(dir.classify('https://www.reddit.com/r/de').category).toBe('forum');
  });
});
