import { describe, expect, it } from 'vitest';
import { createBuiltinDirectory } from '../../../src/outlets/builtin';
import { classifyUrl } from '../../../src/outlets/classify';
import { registrable } from '../../../src/outlets/url';

const dir = createBuiltinDirectory();

describe('classifyUrl', () => {
  it('gives host and domain of the same site for an AMP cache link (one parse)', () => {
    const c = classifyUrl('https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp/123', dir);
    expect(c).toMatchObject({ host: 'www.bbc.co.uk', domain: 'bbc.co.uk', category: 'news', outletId: 'bbc' });
  });

  it('unwraps a redirector for host and domain alike', () => {
    expect(classifyUrl('https://www.google.com/url?q=https%3A%2F%2Fwww.zeit.de%2Fx', dir)).toMatchObject({
      host: 'www.zeit.de',
      domain: 'zeit.de',
    });
  });

  it('falls back to a category by name when the directory answers other', () => {
    expect(classifyUrl('https://www.cs.example-university.edu/paper', dir)?.category).toBe('academic');
    expect(classifyUrl('https://www.bundestag.de/x', dir)?.category).toBe('government');
  });

  it('answers null for addresses without a registrable domain and for a failing directory', () => {
    expect(classifyUrl('https://192.168.0.1/', dir)).toBeNull();
    expect(classifyUrl('mailto:x@spiegel.de', dir)).toBeNull();
    const broken = {
      ...dir,
      classify: () => {
        throw new Error('boom');
      },
    };
    expect(classifyUrl('https://www.spiegel.de/', broken)).toBeNull();
  });
});

describe('registrable', () => {
  it('reads the host as written, without unwrapping', () => {
    expect(registrable('https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/')).toBe('ampproject.org');
    expect(registrable('www.aljazeera.com')).toBe('aljazeera.com');
    expect(registrable('co.uk')).toBeNull();
  });
});
