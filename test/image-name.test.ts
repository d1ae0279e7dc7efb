// imageName: parseImage(image).name kept per reference; it must name every image as parseImage does.
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
