/**
 * Known platform hosts: host or registrable domain -> platform name, category
 * and how to read the account from the path. Seeded in part from matomo's
 * Socials.yml (Unlicense); see data/outlets/README.md.
 */
import type { Category } from './types';

/** How the account or community shows in the URL; see ACCOUNT in platforms.ts. */
export type AccountShape =
  | 'first' // /{handle}
  | 'at' // /@handle
  | 'youtube'
  | 'facebook'
  | 'reddit'
  | 'bluesky'
  | 'telegram'
  | 'linkedin'
  | 'subdomain' // {handle}.tumblr.com
  | 'stackexchange'
  | 'fediverse' // /@user, /c/community, /u/user, /m/magazine
  | 'board'; // /{board}/ as on 4chan and PTT

type Row = [name: string, hosts: string, shape?: AccountShape];

const SOCIAL: Row[] = [
  ['X', 'x.com twitter.com twitter.de nitter.net', 'first'],
  ['Facebook', 'facebook.com facebook.de fb.com fb.watch', 'facebook'],
  ['Instagram', 'instagram.com', 'first'],
  ['Threads', 'threads.net threads.com', 'at'],
  ['Bluesky', 'bsky.app bsky.social', 'bluesky'],
  [
    'Mastodon',
    'mastodon.social mastodon.online mstdn.social mas.to fosstodon.org hachyderm.io infosec.exchange chaos.social troet.cafe mastodon.world det.social social.bund.de journa.host norden.social sueden.social mastodon.uno piaille.fr mamot.fr mastodon.nl masto.ai mastodon.art mastodon.ie mastodon.scot aus.social mastodon.au',
    'fediverse',
  ],
  ['TikTok', 'tiktok.com', 'at'],
  ['YouTube', 'youtube.com youtu.be youtube-nocookie.com', 'youtube'],
  ['Telegram', 't.me telegram.me telegram.dog', 'telegram'],
  ['LinkedIn', 'linkedin.com', 'linkedin'],
  ['VK', 'vk.com vk.ru vkontakte.ru', 'first'],
  ['Odnoklassniki', 'ok.ru odnoklassniki.ru'],
  ['Weibo', 'weibo.com weibo.cn t.cn', 'first'],
  ['WeChat', 'mp.weixin.qq.com weixin.qq.com'],
  ['Qzone', 'qzone.qq.com'],
  ['Douyin', 'douyin.com'],
  ['Bilibili', 'bilibili.com b23.tv'],
  ['Xiaohongshu', 'xiaohongshu.com xhslink.com'],
  ['Pinterest', 'pinterest.com pinterest.de pinterest.co.uk pinterest.fr pin.it', 'first'],
  ['Snapchat', 'snapchat.com'],
  ['Tumblr', 'tumblr.com', 'subdomain'],
  ['Twitch', 'twitch.tv', 'first'],
  ['Discord', 'discord.com discord.gg discordapp.com'],
  ['WhatsApp', 'whatsapp.com wa.me'],
  ['Truth Social', 'truthsocial.com', 'at'],
  ['Gab', 'gab.com', 'first'],
  ['Gettr', 'gettr.com'],
  ['Parler', 'parler.com'],
  ['Rumble', 'rumble.com'],
  ['BitChute', 'bitchute.com'],
  ['Odysee', 'odysee.com', 'at'],
  ['Vimeo', 'vimeo.com'],
  ['Dailymotion', 'dailymotion.com dai.ly'],
  ['Rutube', 'rutube.ru'],
  ['Dzen', 'dzen.ru zen.yandex.ru'],
  ['LiveJournal', 'livejournal.com livejournal.ru', 'subdomain'],
  ['Flickr', 'flickr.com flic.kr'],
  ['SoundCloud', 'soundcloud.com', 'first'],
  ['LINE', 'line.me'],
  ['Kakao', 'kakao.com'],
  ['Naver Blog', 'blog.naver.com', 'first'],
  ['Koo', 'kooapp.com'],
  ['Minds', 'minds.com'],
  ['Nostr', 'primal.net snort.social iris.to'],
  ['Xing', 'xing.com'],
  ['Last.fm', 'last.fm lastfm.de lastfm.fr lastfm.es lastfm.it lastfm.pl lastfm.jp lastfm.ru'],
  ['Myspace', 'myspace.com'],
  ['Mixi', 'mixi.jp'],
  ['Skyrock', 'skyrock.com'],
  ['Nasza Klasa', 'nk.pl'],
  ['Taringa!', 'taringa.net'],
  ['Renren', 'renren.com'],
  ['Plurk', 'plurk.com'],
  ['Linktree', 'linktr.ee', 'first'],
  ['Nextdoor', 'nextdoor.com nextdoor.co.uk nextdoor.de'],
  ['DeviantArt', 'deviantart.com', 'first'],
];

// Blog hosting: people's own writing, not a news desk and not a social feed.
const BLOGS: Row[] = [
  ['Medium', 'medium.com', 'at'],
  ['Substack', 'substack.com', 'subdomain'],
  ['Blogger', 'blogspot.com blogger.com', 'subdomain'],
  ['WordPress.com', 'wordpress.com wp.com', 'subdomain'],
  ['Ghost', 'ghost.io', 'subdomain'],
  ['Telegraph (Telegram)', 'telegra.ph'],
  ['GitHub Pages', 'github.io', 'subdomain'],
  ['Kinja', 'kinja.com', 'subdomain'],
  ['PIXNET', 'pixnet.net', 'subdomain'],
  ['Hatena Blog', 'hatenablog.com hatena.ne.jp', 'subdomain'],
  ['Royal Road', 'royalroad.com'],
  ['Archive of Our Own', 'archiveofourown.org'],
  ['Wattpad', 'wattpad.com'],
  ['GitHub', 'github.com', 'first'],
  ['GitLab', 'gitlab.com', 'first'],
];

const FORUMS: Row[] = [
  ['Reddit', 'reddit.com redd.it', 'reddit'],
  ['Stack Overflow', 'stackoverflow.com'],
  [
    'Stack Exchange',
    'stackexchange.com superuser.com serverfault.com askubuntu.com mathoverflow.net stackapps.com',
    'stackexchange',
  ],
  ['Quora', 'quora.com'],
  ['Hacker News', 'news.ycombinator.com'],
  ['4chan', '4chan.org 4channel.org', 'board'],
  ['8kun', '8kun.top', 'board'],
  ['Lobsters', 'lobste.rs'],
  ['Slashdot', 'slashdot.org'],
  ['Free Republic', 'freerepublic.com'],
  [
    'Lemmy',
    'lemmy.world lemmy.ml beehaw.org feddit.de feddit.org sh.itjust.works lemm.ee programming.dev lemmy.ca lemmy.zip lemmy.dbzer0.com',
    'fediverse',
  ],
  ['Kbin', 'kbin.social kbin.earth fedia.io', 'fediverse'],
  ['Google Groups', 'groups.google.com'],
  ['Disqus', 'disqus.com'],
  ['Zhihu', 'zhihu.com'],
  ['Baidu Tieba', 'tieba.baidu.com'],
  ['Douban', 'douban.com'],
  ['PTT', 'ptt.cc', 'board'],
  ['5channel', '5ch.net 2ch.net 2ch.hk'],
  ['DC Inside', 'dcinside.com'],
  ['Pikabu', 'pikabu.ru'],
  ['Habr', 'habr.com'],
  ['gutefrage.net', 'gutefrage.net'],
  ['Forocoches', 'forocoches.com'],
  ['Mediavida', 'mediavida.com'],
  ['Menéame', 'meneame.net'],
  ['Mumsnet', 'mumsnet.com'],
  ['ResetEra', 'resetera.com'],
  ['Something Awful', 'somethingawful.com'],
  ['Kaskus', 'kaskus.co.id'],
  ['Pantip', 'pantip.com'],
  ['Nairaland', 'nairaland.com'],
  ['V2EX', 'v2ex.com'],
  ['Tapatalk', 'tapatalk.com'],
  ['Discourse Meta', 'meta.discourse.org'],
  ['Spiceworks Community', 'spiceworks.com'],
];

const REFERENCE: Row[] = [
  ['Wikipedia', 'wikipedia.org wikiwand.com'],
  ['Wikimedia', 'wikimedia.org wikimediafoundation.org mediawiki.org'],
  ['Wikidata', 'wikidata.org'],
  ['Wiktionary', 'wiktionary.org'],
  ['Wikisource', 'wikisource.org'],
  ['Wikiquote', 'wikiquote.org'],
  ['Wikibooks', 'wikibooks.org'],
  ['Wikinews', 'wikinews.org'],
  ['Wikivoyage', 'wikivoyage.org'],
  ['Wikiversity', 'wikiversity.org'],
  ['Internet Archive', 'archive.org'],
  ['Wayback Machine', 'web.archive.org'],
  ['archive.today', 'archive.today archive.ph archive.is archive.li archive.md archive.vn archive.fo'],
  ['Ghostarchive', 'ghostarchive.org'],
  ['Perma.cc', 'perma.cc'],
  ['WebCite', 'webcitation.org'],
  ['Encyclopaedia Britannica', 'britannica.com'],
  ['Fandom', 'fandom.com wikia.com wikia.org'],
  ['Baidu Baike', 'baike.baidu.com'],
  ['Namuwiki', 'namu.wiki'],
  ['Merriam-Webster', 'merriam-webster.com'],
  ['Dictionary.com', 'dictionary.com'],
  ['Cambridge Dictionary', 'dictionary.cambridge.org'],
  ['Oxford English Dictionary', 'oed.com'],
  ['Collins Dictionary', 'collinsdictionary.com'],
  ['Duden', 'duden.de'],
  ['DWDS', 'dwds.de'],
  ['Larousse', 'larousse.fr'],
  ['Treccani', 'treccani.it'],
  ['RAE', 'rae.es'],
  ['IMDb', 'imdb.com'],
  ['OpenStreetMap', 'openstreetmap.org'],
  ['Our World in Data', 'ourworldindata.org'],
  ['Statista', 'statista.com'],
  ['Investopedia', 'investopedia.com'],
  ['Wikiwix', 'archive.wikiwix.com'],
  ['Library catalogue', 'worldcat.org viaf.org isni.org d-nb.info dnb.de idref.fr nkp.cz nli.org.il loc.gov bnf.fr'],
  ['Historical Dictionary of Switzerland', 'hls-dhs-dss.ch'],
  ['Etymonline', 'etymonline.com'],
  ['Encyclopedia of Mathematics', 'encyclopediaofmath.org'],
  ['Newspapers.com', 'newspapers.com'],
  ['MusicBrainz', 'musicbrainz.org'],
  ['Project Gutenberg', 'gutenberg.org gutenberg.net.au'],
  ['Goodreads', 'goodreads.com'],
];

const ACADEMIC: Row[] = [
  ['DOI', 'doi.org dx.doi.org'],
  ['arXiv', 'arxiv.org'],
  ['PubMed', 'pubmed.ncbi.nlm.nih.gov'],
  ['PubMed Central', 'ncbi.nlm.nih.gov pmc.ncbi.nlm.nih.gov europepmc.org'],
  ['bioRxiv', 'biorxiv.org'],
  ['medRxiv', 'medrxiv.org'],
  ['SSRN', 'ssrn.com'],
  ['ResearchGate', 'researchgate.net'],
  ['Academia.edu', 'academia.edu'],
  ['Google Scholar', 'scholar.google.com'],
  ['Semantic Scholar', 'semanticscholar.org'],
  ['JSTOR', 'jstor.org'],
  ['Springer', 'springer.com springeropen.com biomedcentral.com'],
  ['ScienceDirect', 'sciencedirect.com elsevier.com cell.com thelancet.com'],
  ['NEJM', 'nejm.org'],
  ['BMJ', 'bmj.com'],
  ['JAMA Network', 'jamanetwork.com'],
  ['Wiley', 'wiley.com'],
  ['Taylor & Francis', 'tandfonline.com'],
  ['SAGE', 'sagepub.com'],
  ['Oxford Academic', 'academic.oup.com oup.com'],
  ['Cambridge Core', 'cambridge.org'],
  ['PLOS', 'plos.org'],
  ['Frontiers', 'frontiersin.org'],
  ['MDPI', 'mdpi.com'],
  ['Hindawi', 'hindawi.com'],
  ['PNAS', 'pnas.org'],
  ['Science', 'science.org sciencemag.org'],
  ['IEEE', 'ieee.org'],
  ['ACM', 'acm.org'],
  ['APS', 'aps.org'],
  ['IOP', 'iop.org'],
  ['ACS', 'acs.org'],
  ['Annual Reviews', 'annualreviews.org'],
  ['De Gruyter', 'degruyter.com'],
  ['Zenodo', 'zenodo.org'],
  ['figshare', 'figshare.com'],
  ['OSF', 'osf.io'],
  ['HAL', 'hal.science archives-ouvertes.fr'],
  ['OpenReview', 'openreview.net'],
  ['ACL Anthology', 'aclanthology.org'],
  ['dblp', 'dblp.org'],
  ['ORCID', 'orcid.org'],
  ['NBER', 'nber.org'],
  ['RePEc', 'repec.org'],
  ['Cochrane Library', 'cochranelibrary.com cochrane.org'],
  ['SciELO', 'scielo.org scielo.br'],
  ['eLife', 'elifesciences.org'],
  ['PeerJ', 'peerj.com'],
  ['Royal Society', 'royalsocietypublishing.org'],
  ['CNKI', 'cnki.net'],
  ['J-STAGE', 'jstage.jst.go.jp'],
  ['Max Planck Society', 'mpg.de'],
  ['Fraunhofer', 'fraunhofer.de'],
  ['Helmholtz', 'helmholtz.de'],
  ['CNRS', 'cnrs.fr'],
  ['Inserm', 'inserm.fr'],
  ['Inria', 'inria.fr'],
  ['CSIC', 'csic.es'],
  ['CERN', 'cern.ch home.cern'],
  ['EMBL', 'embl.org embl.de'],
];

export interface PlatformRow {
  name: string;
  category: Category;
  shape: AccountShape | null;
}

/** Host or registrable domain -> platform. */
export const PLATFORM_HOSTS: ReadonlyMap<string, PlatformRow> = (() => {
  const map = new Map<string, PlatformRow>();
  const add = (rows: Row[], category: Category) => {
    for (const [name, hosts, shape] of rows)
      for (const h of hosts.split(' ')) map.set(h, { name, category, shape: shape ?? null });
  };
  add(SOCIAL, 'social');
  add(BLOGS, 'other');
  add(FORUMS, 'forum');
  add(REFERENCE, 'reference');
  add(ACADEMIC, 'academic');
  return map;
})();
