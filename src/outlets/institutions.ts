/**
 * Universities and governments, recognised by the shape of their domain
 * (public suffix edu/ac/gov/gouv/gob..., .int) plus the large institutions
 * whose domains carry no such marker (bund.de, europa.eu, elysee.fr).
 */
import type { Target } from './url';

// Suffix labels that mark academia or government in the public suffix list: "ac.uk", "edu.au", "gov.uk", "gouv.fr".
const ACADEMIC_SUFFIX = /(^|\.)(edu|ac)(\.|$)/;
const GOV_SUFFIX = /(^|\.)(gov|govt|gouv|gob|gub|go|gv|mil|gc|int|nic|admin|fed|government|parliament|police)(\.|$)/;

// Universities without edu/ac in the suffix: named after their kind ("uni-", "universite", "tu-", "fh-").
const UNIVERSITY_LABEL =
  /^(uni-|univ-|universit|universidad|universidade|universiteit|hochschule|tu-|fh-|hs-|th-|u-(paris|bordeaux|pec|cergy|psud|strasbg|grenoble))/;

const UNIVERSITIES = new Set(
  (
    'ethz.ch epfl.ch uzh.ch unibe.ch unibas.ch unige.ch unil.ch unifr.ch unisg.ch unilu.ch usi.ch lmu.de tum.de rwth-aachen.de kit.edu ' +
    'fu-berlin.de hu-berlin.de charite.de uni-heidelberg.de mpg.de sorbonne-universite.fr sciencespo.fr ens.fr ens-lyon.fr polytechnique.edu ' +
    'psl.eu uva.nl uu.nl leidenuniv.nl tudelft.nl rug.nl ru.nl eur.nl maastrichtuniversity.nl vu.nl wur.nl tilburguniversity.edu ku.dk au.dk dtu.dk ' +
    'lu.se kth.se ki.se su.se uu.se gu.se chalmers.se helsinki.fi aalto.fi uio.no uib.no ntnu.no kuleuven.be ugent.be uantwerpen.be ulb.be uclouvain.be ' +
    'unimi.it uniroma1.it unibo.it unipd.it unina.it unito.it unifi.it unipi.it polimi.it polito.it sns.it bocconi.it eui.eu ' +
    'uam.es ucm.es ub.edu uab.cat upf.edu ulisboa.pt uc.pt up.pt cuni.cz muni.cz uw.edu.pl uj.edu.pl elte.hu ceu.edu tcd.ie ucd.ie ' +
    'msu.ru spbu.ru hse.ru knu.ua mit.edu harvard.edu stanford.edu utoronto.ca mcgill.ca ubc.ca anu.edu.au unimelb.edu.au nus.edu.sg u-tokyo.ac.jp'
  ).split(' '),
);

const GOVERNMENT = new Set(
  (
    'bund.de bundesregierung.de bundestag.de bundesrat.de bundeskanzler.de bundespraesident.de bundesverfassungsgericht.de bundesbank.de destatis.de ' +
    'rki.de umweltbundesamt.de bundeswehr.de auswaertiges-amt.de bmwk.de bmas.de bmbf.de bmfsfj.de bmj.de bmi.de ' +
    'bayern.de nrw.de berlin.de hamburg.de bremen.de sachsen.de niedersachsen.de hessen.de baden-wuerttemberg.de rlp.de saarland.de thueringen.de ' +
    'sachsen-anhalt.de brandenburg.de schleswig-holstein.de mv-regierung.de regierung-mv.de ' +
    'europa.eu eu2024.be coe.int oireachtas.ie gov.ie president.ie parliament.uk parliament.scot gov.scot gov.wales senedd.wales nhs.uk ' +
    'elysee.fr assemblee-nationale.fr senat.fr service-public.fr insee.fr conseil-constitutionnel.fr vie-publique.fr ' +
    'governo.it camera.it senato.it quirinale.it istat.it bancaditalia.it congreso.es senado.es boe.es ine.es bde.es casareal.es ' +
    'parlamento.pt portugal.gov.pt presidencia.pt admin.ch parlament.ch ch.ch snb.ch bfs.admin.ch oesterreich.gv.at ' +
    'rijksoverheid.nl overheid.nl tweedekamer.nl eerstekamer.nl cbs.nl dnb.nl belgium.be fgov.be dekamer.be lachambre.be ' +
    'regeringen.se government.se riksdagen.se scb.se riksbank.se regjeringen.no stortinget.no ssb.no stm.dk ft.dk dst.dk valtioneuvosto.fi eduskunta.fi stat.fi ' +
    'kremlin.ru government.ru gov.ru mil.ru mid.ru president.gov.ua rada.gov.ua kmu.gov.ua ' +
    'un.org unesco.org unicef.org unhcr.org ohchr.org undp.org unep.org wfp.org fao.org ilo.org iaea.org wmo.int ipcc.ch ' +
    'worldbank.org imf.org oecd.org wto.org osce.org icj-cij.org bis.org ' +
    'obr.uk thegazette.co.uk nzhistory.govt.nz nzhistory.net.nz impfdashboard.de pei.de autobahn.de geosphere.at bfarm.de dwd.de bka.de verfassungsschutz.de elections.org.nz ' +
    'unocha.org unodc.org thecommonwealth.org joburg.org.za capetown.gov.za gov.nu tokelau.org.nz ' +
    'canada.ca usa.gov whitehouse.gov congress.gov supremecourt.gov federalreserve.gov'
  ).split(' '),
);

export type InstitutionKind = 'academic' | 'government';

/** Academic or government by domain shape and the lists above; null otherwise. */
export function institutionOf(t: Target, chain: readonly string[]): InstitutionKind | null {
  for (const h of chain) {
    if (GOVERNMENT.has(h)) return 'government';
    if (UNIVERSITIES.has(h)) return 'academic';
  }
  const suffix = t.suffix ?? '';
  if (GOV_SUFFIX.test(suffix)) return 'government';
  if (ACADEMIC_SUFFIX.test(suffix)) return 'academic';
  const label = t.domain ? t.domain.slice(0, t.domain.length - suffix.length - 1) : '';
  if (UNIVERSITY_LABEL.test(label)) return 'academic';
  if (/^(landtag|polizei|bundes)/.test(label)) return 'government';
  return null;
}
