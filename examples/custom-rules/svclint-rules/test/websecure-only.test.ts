// The rule's table test on svclint's public rule tester.
import { describe, it } from 'vitest';
import { RuleTester } from 'svclint/testing';
import websecureOnly from '../websecure-only';

RuleTester.describe = describe;
RuleTester.it = it;

/** An interfaces stack whose open-webui service has these labels. */
function openWebui(...labels: string[]): Record<string, string> {
  return {
    'services/interfaces/docker-compose.yml': [
      'services:',
      '  open-webui:',
      '    image: ghcr.io/open-webui/open-webui:0.4.8',
      '    labels:',
      ...labels.map((l) => `      - ${l}`),
      '',
    ].join('\n'),
  };
}
const rule = 'traefik.http.routers.chat.rule=Host(`chat.example.com`)';

new RuleTester().run(websecureOnly, {
  valid: [
    { name: 'a router on websecure', files: openWebui('traefik.enable=true', rule, 'traefik.http.routers.chat.entrypoints=websecure') },
    {
      name: 'near miss: a router on web, but Traefik ignores the service',
      nearMiss: true,
      files: openWebui('traefik.enable=false', rule, 'traefik.http.routers.chat.entrypoints=web'),
    },
    {
      name: 'a TCP router is not an HTTP router',
      files: openWebui('traefik.enable=true', 'traefik.tcp.routers.db.rule=HostSNI(`*`)', 'traefik.tcp.routers.db.entrypoints=postgres'),
    },
    {
      name: 'another allowed entrypoint (options)',
      options: { entrypoints: ['websecure', 'internal'] },
      files: openWebui(rule, 'traefik.http.routers.chat.entrypoints=internal'),
    },
  ],
  invalid: [
    {
      name: 'a router on web',
      files: openWebui('traefik.enable=true', rule, 'traefik.http.routers.chat.entrypoints=web'),
      findings: [
        {
          messageId: 'otherEntrypoint',
          data: { router: 'chat', service: 'open-webui', entrypoints: 'web', allowed: 'websecure' },
          path: 'services/interfaces/docker-compose.yml',
          line: 7,
          column: 9,
          fixId: 'setEntrypoints',
          fix: 'Set traefik.http.routers.chat.entrypoints=websecure.',
        },
      ],
    },
    {
      name: 'a router with no entrypoints (all of them)',
      files: openWebui('traefik.enable=true', rule),
      findings: [
        {
          messageId: 'noEntrypoint',
          data: { router: 'chat', service: 'open-webui', entrypoints: '', allowed: 'websecure' },
          path: 'services/interfaces/docker-compose.yml',
          line: 6,
          column: 9,
        },
      ],
    },
    {
      name: 'web and websecure both',
      files: openWebui(rule, 'traefik.http.routers.chat.entrypoints=web,websecure'),
      findings: [
        {
          messageId: 'otherEntrypoint',
          data: { router: 'chat', service: 'open-webui', entrypoints: 'web,websecure', allowed: 'websecure' },
          path: 'services/interfaces/docker-compose.yml',
          line: 6,
          column: 9,
        },
      ],
    },
  ],
});
