/**
 * Link shorteners: the target is unknown until followed, which Source Lens
 * never does offline. Outlet-branded ones (nyti.ms, bbc.in) are also listed
 * as domains of their outlet, so the link still counts for that outlet.
 */
export const SHORTENERS: ReadonlySet<string> = new Set(
  (
    'bit.ly bitly.com j.mp t.co tinyurl.com ow.ly buff.ly goo.gl dlvr.it is.gd v.gd tiny.cc rebrand.ly cutt.ly shorturl.at rb.gy ' +
    't.ly s.id lnkd.in fb.me ift.tt trib.al amzn.to amzn.eu spoti.fi wp.me bit.do shar.es po.st tr.im x.co db.tt su.pr ' +
    'qr.ae soo.gd clck.ru tinu.be shorte.st adf.ly bl.ink short.io snip.ly linkin.bio lnk.to smarturl.it apple.co g.co ' +
    'youtu.be redd.it flic.kr pin.it b23.tv dai.ly t.cn url.cn vm.tiktok.com on.soundcloud.com ' +
    // Deep-link and affiliate redirectors: the target is just as hidden.
    'cna.st app.link onelink.me adj.st pxl.to awin1.com redirectingat.com skimresources.com go.skimresources.com shopmy.us ' +
    // Outlet-branded short domains.
    'nyti.ms wapo.st bbc.in reut.rs econ.st apne.ws bloom.bg cnn.it aje.io aje.me gu.com ind.pn dailym.ai tgr.ph spon.de sz.de ' +
    'n.pr ti.me abcn.ws nbcnews.to cbsn.ws fxn.ws politi.co on.wsj.com on.ft.com lat.ms usat.ly huffp.st'
  ).split(' '),
);
