/**
 * French, Spanish and Italian attribution phrases with the same machinery as the German and English ones
 * (stretch of issue 13; there is no labelled set to measure them on). A small directory built here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze-text';
import { createDirectory } from '../../../src/outlets';
import { markedOutlet } from './helpers';

const o = markedOutlet;

const dir = createDirectory([
  o('lemonde', 'Le Monde', ['Monde'], 'FR', 'newspaper', ['fr'], ['Le Monde', 'Monde']),
  o('afp', 'Agence France-Presse', ['AFP'], 'FR', 'news-agency', ['fr', 'en', 'es']),
  o('reuters', 'Reuters', [], 'GB', 'news-agency', ['en']),
  o('elpais', 'El País', ['El Pais'], 'ES', 'newspaper', ['es']),
  o('efe', 'Agencia EFE', ['EFE'], 'ES', 'news-agency', ['es']),
  o('ansa', 'Agenzia ANSA', ['ANSA'], 'IT', 'news-agency', ['it'], ['ANSA']),
  o('corriere', 'Corriere della Sera', ['Corriere'], 'IT', 'newspaper', ['it']),
  o('repubblica', 'la Repubblica', ['Repubblica', 'La Repubblica'], 'IT', 'newspaper', ['it']),
  o('science', 'Science', [], 'US', 'magazine', ['en']),
]);
const run = (text: string, lang: string, url: string) => analyzeText(`Titel\n${text}`, { directory: dir, url, lang });
const cited = (text: string, lang: string, url = 'https://journal.example.org/a') =>
  run(text, lang, url).mentions.map((m) => `${m.text} = ${m.outlet}`);
const credits = (text: string, lang: string) =>
  run(text, lang, 'https://journal.example.org/a').references.map((r) => `${r.kind}:${r.outlet}`);

describe('French', () => {
  it('reads "selon", "d\'après", "a déclaré à", "a indiqué l\'agence", "interrogé par"', () => {
    expect(cited("Le ministre a démissionné lundi, d'après l'AFP, après deux jours de crise.", 'fr')).toEqual([
      "d'après l'AFP = Agence France-Presse",
    ]);
    expect(cited("Le ministre a déclaré à l'AFP qu'il partirait lundi.", 'fr')).toEqual([
      "a déclaré à l'AFP = Agence France-Presse",
    ]);
    expect(cited("Interrogé par l'AFP, le ministre a confirmé son départ.", 'fr')).toEqual([
      "Interrogé par l'AFP = Agence France-Presse",
    ]);
    expect(cited("Le ministre partira lundi, a indiqué l'agence Reuters dimanche soir.", 'fr')).toEqual([
      "a indiqué l'agence Reuters = Reuters",
    ]);
    expect(cited("Le ministre partira lundi, selon l'agence de presse Reuters.", 'fr')).toEqual([
      "selon l'agence de presse Reuters = Reuters",
    ]);
  });
  it('keeps "Le Monde" a world, not the paper, without context; reads it on a French paper\'s page', () => {
    expect(cited('Le ministre partira lundi, selon Le Monde entier qui en parle.', 'fr')).toEqual([]);
    const fr = createDirectory([
      ...[o('figaro', 'Le Figaro', ['Figaro'], 'FR', 'newspaper', ['fr'])],
      o('lemonde', 'Le Monde', ['Monde'], 'FR', 'newspaper', ['fr'], ['Le Monde', 'Monde']),
    ]);
    const r = analyzeText('Titel\nLe ministre partira lundi, selon Le Monde, qui cite son entourage.', {
      directory: fr,
      url: 'https://figaro.example/a',
      lang: 'fr',
    });
    expect(r.mentions.map((m) => m.text)).toEqual(['selon Le Monde']);
  });
  it('does not read "selon elle" or "selon une source" as an outlet', () => {
    expect(
      cited(
        'La défiance est telle, selon elle, que tout peut arriver. Selon une source proche du dossier, il partira.',
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('Spanish', () => {
  it('reads "según", "dijo a", "en declaraciones a", "al diario"', () => {
    expect(cited('El ministro dimitió el lunes, según El País, tras dos días de crisis.', 'es')).toEqual([
      'según El País = El País',
    ]);
    expect(cited('El ministro dijo a EFE que se iría el lunes por la noche.', 'es')).toEqual([
      'dijo a EFE = Agencia EFE',
    ]);
    expect(cited('El ministro dijo al diario El País que se iría el lunes.', 'es')).toEqual([
      'dijo al diario El País = El País',
    ]);
    expect(cited('En declaraciones a El País, el ministro dijo que se iría.', 'es')).toEqual([
      'En declaraciones a El País = El País',
    ]);
  });
  it('reads the agency dateline "MADRID, 3 mar (EFE).-"', () => {
    expect(
      credits('MADRID, 3 mar (EFE).- El ministro dimitió el lunes por la noche tras dos días de crisis.', 'es'),
    ).toEqual(['dateline:Agencia EFE']);
  });
  it('does not read "según fuentes diplomáticas" as an outlet', () => {
    expect(cited('Por ahora se han mostrado reacios, según fuentes diplomáticas consultadas.', 'es')).toEqual([]);
  });
});

describe('Italian', () => {
  it('reads "secondo", "ha detto all\'", "riporta", "l\'agenzia di stampa"', () => {
    expect(cited("Il ministro si è dimesso lunedì, secondo l'ANSA, dopo due giorni di crisi.", 'it')).toEqual([
      "secondo l'ANSA = Agenzia ANSA",
    ]);
    expect(cited("Il ministro ha detto all'ANSA che se ne andrà lunedì.", 'it')).toEqual([
      "ha detto all'ANSA = Agenzia ANSA",
    ]);
    expect(cited('Il ministro si è dimesso, riporta il Corriere della Sera lunedì.', 'it')).toEqual([
      'riporta il Corriere della Sera = Corriere della Sera',
    ]);
    expect(cited("Lo ha riferito l'agenzia di stampa Reuters lunedì sera.", 'it')).toEqual([
      "ha riferito l'agenzia di stampa Reuters = Reuters",
    ]);
  });
  it('reads "(ANSA)" closing a paragraph and as a dateline', () => {
    expect(credits('Il ministro si è dimesso lunedì sera a Roma dopo due giorni di crisi. (ANSA).', 'it')).toEqual([
      'credit:Agenzia ANSA',
    ]);
    expect(credits('ROMA (ANSA) - Il ministro si è dimesso lunedì sera dopo due giorni di crisi.', 'it')).toEqual([
      'dateline:Agenzia ANSA',
    ]);
  });
  it('does not read "secondo quanto riferito dalle fonti" as an outlet', () => {
    expect(cited('Secondo quanto riferito dalle fonti ufficiali, il pattugliamento è durato due ore.', 'it')).toEqual(
      [],
    );
  });
});

describe('English copy beside the Romance nouns', () => {
  it('reads no scientific journal as an outlet: "journal" is neither a descriptor nor a modifier', () => {
    expect(
      cited('The drug halved the risk, according to the journal Science, which published the trial.', 'en'),
    ).toEqual([]);
    expect(
      cited('The drug halved the risk, according to the magazine Science, which covered the trial.', 'en'),
    ).toEqual(['according to the magazine Science = Science']);
  });
});
