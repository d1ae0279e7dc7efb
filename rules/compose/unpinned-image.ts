import { defineRule, parseImage } from '../../src/api';

/** Tags that move to a new image over time. */
export const MOVING_TAGS = new Set([
  'latest',
  'stable',
  'edge',
  'nightly',
  'dev',
  'develop',
  'development',
  'canary',
  'lts',
  'main',
  'master',
  'rolling',
  'beta',
  'alpha',
  'next',
  'unstable',
  'testing',
  'preview',
  'mainline',
  'current',
  'release',
]);
/** Variant words that follow a moving tag (`lts-alpine`, `latest-cuda`) or stand alone (`redis:alpine` is latest-alpine). */
const BARE_VARIANTS = new Set(['alpine', 'slim']);

/** Why the tag does not pin an image, or null when it does. */
export function movingTag(tag: string | null): string | null {
  if (tag === null) return 'has no tag (Docker pulls :latest)';
  const lower = tag.toLowerCase();
  if (MOVING_TAGS.has(lower)) return `uses the moving tag ':${tag}'`;
  if (BARE_VARIANTS.has(lower)) return `uses ':${tag}', the latest ${tag} build`;
  const [head, ...rest] = lower.split('-');
  // `lts-alpine` moves; `main-v1.55.0` names a release: any digit after the moving word pins it.
  if (MOVING_TAGS.has(head!) && rest.length > 0 && !/\d/.test(rest.join('-'))) return `uses the moving tag ':${tag}'`;
  return null;
}

export default defineRule({
  meta: {
    id: 'unpinned-image',
    group: 'compose',
    severity: 'warning',
    description: 'An image with no tag or a moving tag (`latest`, `stable`, …) and no digest',
    rationale: 'A moving tag changes what runs on the next pull or host rebuild: upgrades happen unplanned and a rollback has no version to return to.',
    messages: {
      unpinned: "Image '{{image}}' of service '{{service}}' {{why}}: it changes on the next pull.",
      pin: 'Pin a version tag ({{repository}}:<version>, the release you run now) or a digest (@sha256:…), and upgrade on purpose.',
    },
  },
  check({ model, report }) {
    for (const stack of model.stacks) {
      // With build:, image: names the image built here, not one that is pulled; other services of
      // the stack may run that image too (sentry's workers reuse the one built image).
      const built = new Set(stack.services.filter((s) => s.resolved.build !== undefined && s.image).map((s) => s.image!));
      for (const service of stack.services) {
        const image = service.image;
        if (!image || service.resolved.build !== undefined || built.has(image)) continue;
        if (service.resolved.pull_policy === 'never' || service.resolved.pull_policy === 'build') continue; // never pulled
        const ref = parseImage(image);
        if (ref.digest !== null) continue; // a digest pins, whatever the tag says
        // An unknown ${VAR} in the tag, or anywhere in an image without a tag, may well pin it.
        if (ref.tag !== null ? ref.tag.includes('${') : image.includes('${')) continue;
        const why = movingTag(ref.tag);
        if (!why) continue;
        report({
          loc: stack.locate(['services', service.name, 'image']) ?? service.loc,
          path: stack.file,
          messageId: 'unpinned',
          fixId: 'pin',
          data: { image, service: service.name, why, repository: withoutTag(image, ref.tag) },
        });
      }
    }
  },
});

function withoutTag(image: string, tag: string | null): string {
  return tag === null ? image.trim() : image.trim().slice(0, -(tag.length + 1));
}
