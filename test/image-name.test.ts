// imageName: parseImage(image).name kept per reference; it must name every image as parseImage does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactImageName, imageMatches, imageName, parseImage } from '../src/util/image';
import { escapeRegex } from '../src/util/text';

const images = [
  'postgres',
  'postgres:16-alpine',
  'docker.io/library/postgres:16',
  'index.docker.io/library/redis@sha256:abc',
  'ghcr.io/Acme/App:1.2',
  'localhost:5000/team/app:dev',
  'pgvector/pgvector:pg16',
  ' nginx:latest ',
  '${REGISTRY}/app:${TAG}',
  '',
];

describe('imageName', () => {
  it('is parseImage(image).name, on first use and again', () => {
    for (const image of images) {
      const expected = parseImage(image).name;
      expect(imageName(image), image).toBe(expected);
      expect(imageName(image), `${image} again`).toBe(expected);
    }
  });
});

describe('imageMatches', () => {
  // The matcher checks a wildcard pattern's text before the first `*` and after the last one
  // before its regex: it must answer what the regex alone answers.
  const regexMatches = (pattern: string, name: string) => new RegExp(`^${parseImage(pattern).name.split('*').map(escapeRegex).join('[^/]*')}$`).test(name);
  const patterns = ['nginx', 'nginxinc/*', 'caddy/*', '*/archon-ui', 'ghcr.io/berriai/litellm-*', 'a*a', '*', '*/*', 'x*y*z', 'Docker.io/library/ab*ba'];
  const names = [
    'nginx',
    'nginxinc/nginx-unprivileged',
    'nginxinc/a/b',
    'caddy',
    'caddy/',
    'acme/archon-ui',
    'archon-ui',
    'a/b/archon-ui',
    'ghcr.io/berriai/litellm-',
    'ghcr.io/berriai/litellm-db',
    'a',
    'aa',
    'aba',
    'a/a',
    '',
    'x/y',
    'xyz',
    'xzy',
    'xyyz',
    'aba',
    'abba',
    'ab',
  ];

  it('answers as the pattern regex does', () => {
    for (const pattern of patterns) {
      if (exactImageName(pattern) !== null) continue;
      for (const name of names) expect(imageMatches(pattern, name), `${pattern} ~ ${name}`).toBe(regexMatches(pattern, name));
    }
    expect(imageMatches('a*a', 'a')).toBe(false);
    expect(imageMatches('*/archon-ui', 'acme/archon-ui')).toBe(true);
  });
});

describe('parseImage', () => {
  // The split-and-join parse it replaced (slices now), as the oracle: same fields for any text.
  function splitParse(image: string) {
    let rest = image.trim();
    let digest: string | null = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.slice(at + 1);
      rest = rest.slice(0, at);
    }
    let tag: string | null = null;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.slice(colon + 1);
      rest = rest.slice(0, colon);
    }
    let registry: string | null = null;
    const parts = rest.split('/');
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) registry = parts.shift()!.toLowerCase();
    if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = null;
    if (registry === null && parts.length === 2 && parts[0] === 'library') parts.shift();
    const path = parts.join('/').toLowerCase();
    return { name: registry ? `${registry}/${path}` : path, registry, tag, digest };
  }

  it('reads every reference as the split-and-join parse did', () => {
    for (const image of [
      ...images,
      'library/',
      'library',
      'docker.io/library/a/b',
      'Docker.IO/Library/X',
      'localhost/app',
      'LOCALHOST/app',
      '/x',
      'a//b',
      'a.b/',
    ])
      expect(parseImage(image), image).toEqual(splitParse(image));
    const pieces = [
      'library',
      'Library',
      'docker.io',
      'index.docker.io',
      'registry-1.docker.io',
      'localhost',
      'ghcr.io',
      'Acme',
      'app',
      'x:5000',
      '/',
      '/',
      ':',
      '@',
      '.',
      ' ',
      'a',
      'sha256',
      '1.2',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (chunks) => {
        const image = chunks.join('');
        expect(parseImage(image)).toEqual(splitParse(image));
      }),
      { numRuns: 3000 },
    );
  });
});
