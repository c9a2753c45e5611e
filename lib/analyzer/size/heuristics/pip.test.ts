import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { newContext } from './context';
import { pip } from './pip';

const MB = 1e6;

test('pip install -r requirements: a web app range, plus the cache without --no-cache-dir', () => {
  const parts = pip(splitCommands('pip install -r requirements.txt')[0]!, newContext())!;
  expect(parts.map((p) => p.key)).toEqual(['pip:pkg:requirements', 'pip:cache']);
  expect(parts[0]!.low).toBe(10 * MB);
  expect(parts[1]!.path).toBe('/root/.cache/pip');
});

test('--no-cache-dir and PIP_NO_CACHE_DIR drop the cache', () => {
  const a = pip(splitCommands('pip install --no-cache-dir flask')[0]!, newContext())!;
  expect(a.map((p) => p.key)).toEqual(['pip:pkg:flask']);
  const ctx = newContext();
  ctx.env.PIP_NO_CACHE_DIR = '1';
  expect(pip(splitCommands('python -m pip install flask')[0]!, ctx)!).toHaveLength(1);
});

test('known packages carry their measured size; pandas brings numpy', () => {
  const [pandas] = pip(
    splitCommands('pip3 install --no-cache-dir pandas==2.2.0')[0]!,
    newContext(),
  )!;
  expect(pandas!.bytes).toBe(98 * MB);
});

test('a venv becomes the install target for later pip installs', () => {
  const ctx = newContext();
  ctx.workdir = '/app';
  const [venv] = pip(splitCommands('python3 -m venv /opt/venv')[0]!, ctx)!;
  expect(venv!.path).toBe('/opt/venv');
  expect(ctx.venv).toBe('/opt/venv');
  const [pkg] = pip(splitCommands('pip install --no-cache-dir flask')[0]!, ctx)!;
  expect(pkg!.path).toBe('/opt/venv');
  const user = pip(splitCommands('pip install --user --no-cache-dir flask')[0]!, newContext())!;
  expect(user[0]!.path).toBe('/root/.local');
});

test('not pip', () => {
  expect(pip(splitCommands('pip freeze')[0]!, newContext())).toBeNull();
  expect(pip(splitCommands('python app.py')[0]!, newContext())).toBeNull();
});

test.each(['constructor', '__proto__'])(
  'pip install %s is an unknown package with the default figure, not Object.prototype',
  (name) => {
    const [pkg] = pip(splitCommands(`pip install --no-cache-dir ${name}`)[0]!, newContext())!;
    expect(pkg!.label).toContain('no published figure');
    expect(pkg!.bytes).toBe(3 * MB);
  },
);
