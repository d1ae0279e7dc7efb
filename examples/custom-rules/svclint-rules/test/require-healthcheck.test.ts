// The rule's table test on svclint's public rule tester: each case is a tree of files; an invalid
// case names its exact findings (message id, data, path, line, column).
import { describe, it } from 'vitest';
import { RuleTester } from 'svclint/testing';
import requireHealthcheck from '../require-healthcheck';

RuleTester.describe = describe;
RuleTester.it = it;

const postgres = 'services:\n  postgres:\n    image: postgres:16.4-alpine\n    healthcheck:\n      test: [CMD-SHELL, pg_isready -U postgres]\n';

new RuleTester().run(requireHealthcheck, {
  valid: [
    { name: 'every core-infra service has a healthcheck', files: { 'services/core-infra/docker-compose.yml': postgres } },
    {
      name: 'near miss: the service without one is not in core-infra',
      nearMiss: true,
      files: {
        'services/core-infra/docker-compose.yml': postgres,
        'services/automation/docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
      },
    },
    {
      name: 'a service the options except',
      options: { except: ['valkey'] },
      files: { 'services/core-infra/docker-compose.yml': 'services:\n  valkey:\n    image: valkey/valkey:8.0-alpine\n' },
    },
  ],
  invalid: [
    {
      name: 'valkey in core-infra without a healthcheck',
      files: { 'services/core-infra/docker-compose.yml': `${postgres}  valkey:\n    image: valkey/valkey:8.0-alpine\n` },
      findings: [
        { messageId: 'missing', data: { service: 'valkey', capability: 'core-infra' }, path: 'services/core-infra/docker-compose.yml', line: 6, column: 3 },
      ],
    },
    {
      name: 'a disabled healthcheck, in a capability the options list',
      options: { capabilities: ['core-infra', 'memory-orchestration'] },
      files: {
        'services/memory-orchestration/docker-compose.yml': 'services:\n  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    healthcheck:\n      disable: true\n',
      },
      findings: [
        {
          messageId: 'disabled',
          data: { service: 'qdrant', capability: 'memory-orchestration' },
          path: 'services/memory-orchestration/docker-compose.yml',
          line: 4,
          column: 5,
          fixId: 'addOne',
          message: "Service 'qdrant' in memory-orchestration/ disables its healthcheck.",
        },
      ],
    },
  ],
});
