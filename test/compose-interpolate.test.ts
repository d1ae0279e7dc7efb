import { describe, expect, it } from 'vitest';
import { hasUnknown, interpolate, interpolateTree } from '../src/compose';

const vars: Record<string, string> = { SET: 'value', EMPTY: '', PORT: '8080', B: 'bee' };
const lookup = (name: string) => vars[name];

describe('interpolate', () => {
  it.each([
    ['no variables', 'plain text', 'plain text', []],
    ['$VAR', 'x-$SET-y', 'x-value-y', []],
    ['${VAR}', '${SET}', 'value', []],
    ['$$ is a literal $', 'echo $$HOME and $${SET}', 'echo $HOME and ${SET}', []],
    [':- default when unset', '${NOPE:-def}', 'def', []],
    [':- default when empty', '${EMPTY:-def}', 'def', []],
    ['- keeps an empty value', '${EMPTY-def}', '', []],
    ['- default when unset', '${NOPE-def}', 'def', []],
    ['empty default', '${NOPE:-}', '', []],
    [':? set', '${SET:?must be set}', 'value', []],
    [':? unset is unknown, not invented', '${NOPE:?must be set}', '${NOPE}', ['NOPE']],
    ['? allows empty', '${EMPTY?err}', '', []],
    [':+ when set', '${SET:+alt}', 'alt', []],
    [':+ when empty', '${EMPTY:+alt}', '', []],
    ['+ when empty', '${EMPTY+alt}', 'alt', []],
    ['+ when unset', '${NOPE+alt}', '', []],
    ['nested default', '${A:-${B:-x}}', 'bee', []],
    ['nested default, inner unset', '${A:-${C:-x}}', 'x', []],
    ['nested default with $VAR', '${A:-$PORT}', '8080', []],
    ['nested unknown stays as text', '${A:-${C}}', '${C}', ['C']],
    ['unused default is not evaluated', '${SET:-${NOPE}}', 'value', []],
    ['unknown $VAR is written as ${VAR}', 'port $NOPE', 'port ${NOPE}', ['NOPE']],
    ['unknown names listed once', '${X}${Y}${X}', '${X}${Y}${X}', ['X', 'Y']],
    ['mixed known and unknown', '${PORT}:${NOPE}', '8080:${NOPE}', ['NOPE']],
    ['lone $ at end', 'cost 5$', 'cost 5$', []],
    ['$ before a digit', '$1 and $ ', '$1 and $ ', []],
    ['default containing }', '${NOPE:-{x}}', '{x}', []],
    ['$$ inside default', '${NOPE:-$$x}', '$x', []],
  ])('%s', (_name, text, value, unknown) => {
    expect(interpolate(text, lookup)).toEqual({ value, unknown });
  });

  it.each([
    ['unterminated', 'a ${SET b', 2],
    ['empty', 'a ${} b', 2],
    ['a name starting with a digit', 'x ${1X}', 2],
    ['a space in the name', 'ab${A B}', 2],
    ['a space before the name', 'nginx:${ TAG}', 6],
    ['an unknown operator', '${HOST:localhost}', 0],
    ['a substitution operator Compose does not have', '${PATH/x/y}', 0],
    ['a default spanning lines', '${A:-x\ny}', 0],
    ['an invalid template in a default that is used', '${NOPE:-${}}', 8],
  ])('refuses an invalid template (%s) at the offset of its $, keeping the text', (_name, text, offset) => {
    expect(interpolate(text, lookup)).toEqual({ value: text, unknown: [], error: { message: 'invalid template', offset } });
  });

  it('an invalid template in a default that is not used is not looked at (compose-go evaluates defaults lazily)', () => {
    expect(interpolate('${SET:-${}}', lookup)).toEqual({ value: 'value', unknown: [] });
  });

  it(':? with a variable set to the empty string is refused; unset stays unknown', () => {
    expect(interpolate('x ${EMPTY:?must be set}', lookup)).toEqual({
      value: 'x ${EMPTY:?must be set}',
      unknown: [],
      error: { message: 'required variable EMPTY is missing a value: must be set', offset: 2 },
    });
    expect(interpolate('${NOPE:?must be set}', lookup)).toEqual({ value: '${NOPE}', unknown: ['NOPE'] });
  });

  it('a { inside a default is balanced, as in compose-go', () => {
    expect(interpolate('${SET:-{"json":1}}', lookup).value).toBe('value');
    expect(interpolate('${NOPE:-{"json":1}}', lookup).value).toBe('{"json":1}');
  });

  it('a variable set to the empty string is known (not unknown)', () => {
    expect(interpolate('[${EMPTY}]', lookup)).toEqual({ value: '[]', unknown: [] });
  });

  it('never throws on hostile input', () => {
    const hostile = ['${'.repeat(5000), '${A:-'.repeat(200) + 'x' + '}'.repeat(200), '$'.repeat(10001), '${A:-${B:-${'];
    for (const text of hostile) expect(() => interpolate(text, lookup)).not.toThrow();
    expect(interpolate('${'.repeat(3), lookup).value).toBe('${'.repeat(3));
  });
});

describe('hasUnknown', () => {
  it('tells whether a resolved string still holds ${', () => {
    expect(hasUnknown(interpolate('${NOPE}:80', lookup).value)).toBe(true);
    expect(hasUnknown(interpolate('${PORT}:80', lookup).value)).toBe(false);
  });
});

describe('interpolateTree', () => {
  it('interpolates every string value, not mapping keys, and leaves the input untouched', () => {
    const input = { services: { '${SET}': { image: 'app:${PORT}', ports: ['${PORT}:80', 8080], healthcheck: { disable: true } } } };
    const snapshot = JSON.stringify(input);
    const unknown = new Set<string>();
    const out = interpolateTree(input, lookup, unknown);
    expect(out).toEqual({ services: { '${SET}': { image: 'app:8080', ports: ['8080:80', 8080], healthcheck: { disable: true } } } });
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(unknown.size).toBe(0);
  });

  it('collects unknown names', () => {
    const unknown = new Set<string>();
    interpolateTree({ a: ['${X}', { b: '$Y' }] }, lookup, unknown);
    expect([...unknown]).toEqual(['X', 'Y']);
  });
});
