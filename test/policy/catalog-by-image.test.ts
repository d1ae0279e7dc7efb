// findCatalogByImage keeps its answers by the image as written: a second lookup of the same text,
// and a lookup of another spelling of the same image, give what the catalog scan gives.
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/policy/config';
import { findCatalogByImage } from '../../src/policy/classify';
import { imageMatches, parseImage } from '../../src/util/image';

describe('findCatalogByImage', () => {
  it('answers as the catalog scan does, asked once or again, in any spelling', () => {
    const images = [
      'postgres:16',
      'docker.io/library/postgres:16',
      'postgres',
      'POSTGRES:16-alpine',
      'traefik:v3.0',
      'traefik/whoami@sha256:abc',
      'ghcr.io/acme/archon-server:1.2',
      'acme/archon-server:1.2',
      'valkey/valkey:8',
      'bitnami/valkey',
      'ghcr.io/acme-infra/unknown-01013:0.3.3',
      'registry.example.com:5000/team/app:1',
    ];
    const policy = buildPolicy(null, '/tmp');
    const scan = (image: string) => {
      const name = parseImage(image).name;
      return policy.catalog.find((e) => e.images.some((pattern) => imageMatches(pattern, name))) ?? null;
    };
    for (const round of [1, 2]) {
      for (const image of images) expect(findCatalogByImage(policy, image), `${image} (lookup ${round})`).toBe(scan(image));
    }
    expect(findCatalogByImage(policy, 'postgres:16')?.name).toBe('postgres');
  });

  it('takes the first entry in catalog order whether its pattern is exact or has wildcards', () => {
    const base = buildPolicy(null, '/tmp');
    const entry = (name: string, images: string[]) => ({ ...base.catalog[0]!, name, images });
    const catalog = [
      entry('no-images', []),
      entry('acme-any', ['ghcr.io/acme/*']),
      entry('acme-web', ['ghcr.io/acme/web', 'docker.io/library/nginx']),
      entry('nginx', ['nginx', 'nginx/*']),
      entry('any-web', ['*/web']),
      entry('team-web', ['team/web']),
      entry('nginx-again', ['nginx']),
    ];
    const policy = { ...base, catalog };
    const scan = (image: string) => {
      const name = parseImage(image).name;
      return catalog.find((e) => e.images.some((pattern) => imageMatches(pattern, name))) ?? null;
    };
    const images = ['ghcr.io/acme/web:1', 'ghcr.io/acme/api', 'nginx:1.27', 'nginx/unit', 'team/web', 'other/web:2', 'web', 'ghcr.io/other/web'];
    for (const image of images) expect(findCatalogByImage(policy, image)?.name ?? null, image).toBe(scan(image)?.name ?? null);
    expect(findCatalogByImage(policy, 'ghcr.io/acme/web')?.name).toBe('acme-any');
    expect(findCatalogByImage(policy, 'team/web')?.name).toBe('any-web');
  });
});
