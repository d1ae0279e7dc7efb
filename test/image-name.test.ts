// imageName: parseImage(image).name kept per reference; it must name every image as parseImage does.
import { describe, expect, it } from 'vitest';
import { imageName, parseImage } from '../src/util/image';

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
