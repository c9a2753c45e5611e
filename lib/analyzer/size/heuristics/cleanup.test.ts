import { expect, test } from 'vitest';
import { parse } from '../../parse';
import { estimateRun } from '../run';
import { newContext } from './context';

const MB = 1e6;
const runOf = (src: string) => parse(`FROM x\n${src}`).instructions[1]!;
const total = (src: string, ctx = newContext()) =>
  estimateRun(runOf(src), ctx).parts.reduce((n, p) => n + p.bytes, 0);

test('removing apt lists in the same RUN frees them', () => {
  const dirty = total('RUN apt-get update && apt-get install -y --no-install-recommends curl');
  const clean = total(
    'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
  );
  expect(dirty - clean).toBe(30 * MB);
  const r = estimateRun(runOf('RUN apt-get update && rm -rf /var/lib/apt/lists/*'), newContext());
  expect(r.notes[0]).toContain('in the same RUN: not committed');
});

test('apk add then apk del in the same RUN nets out; --virtual groups are removed whole', () => {
  expect(total('RUN apk add --no-cache build-base && make && apk del build-base')).toBe(0);
  expect(
    total(
      'RUN apk add --no-cache --virtual .deps gcc musl-dev && pip install --no-cache-dir x && apk del .deps',
    ),
  ).toBe(3 * MB);
});

test('cache cleans: npm cache clean, pip cache purge, yum clean all, go clean', () => {
  const ctx = () => ({ ...newContext(), workdir: '/app' });
  expect(total('RUN npm ci && npm cache clean --force', ctx())).toBe(
    total('RUN npm ci', ctx()) / (4 / 3),
  );
  expect(total('RUN dnf install -y gcc && dnf clean all')).toBe(209 * MB);
  expect(total('RUN go build -o /app && go clean -cache -modcache')).toBe(12 * MB);
  expect(total('RUN pip install -r r.txt && pip cache purge')).toBe(40 * MB);
});

test('a delete in a later layer frees nothing: the files still count', () => {
  const ctx = newContext();
  const first = estimateRun(runOf('RUN apk add build-base'), ctx);
  expect(first.parts.length).toBe(2);
  const later = estimateRun(runOf('RUN apk del build-base && rm -rf /var/cache/apk/*'), ctx);
  expect(later.parts).toEqual([]);
  expect(later.notes.join(' ')).toContain('they still count (no negative layers)');
});

const GCC = 'RUN apt-get install -y --no-install-recommends gcc';

test('apt-get purge frees the packages it pulled in only with --auto-remove (apt-get(8))', () => {
  const installed = total(GCC);
  expect(total(`${GCC} && apt-get purge -y --auto-remove gcc`)).toBe(0);
  expect(total(`${GCC} && apt-get remove --autoremove -y gcc`)).toBe(0);
  expect(total(`${GCC} && apt-get purge -y gcc && apt-get autoremove -y`)).toBe(0);
  // plain purge removes gcc itself; gcc-12, cpp and binutils, which it pulled in, stay
  expect(total(`${GCC} && apt-get purge -y gcc`)).toBe(installed);
  // an autoremove before the purge has nothing of it to remove yet
  expect(total(`${GCC} && apt-get autoremove -y && apt-get purge -y gcc`)).toBe(installed);
  const r = estimateRun(runOf(`${GCC} && apt-get purge -y gcc`), newContext());
  expect(r.notes).toContain(
    'apt-get purge -y gcc without --auto-remove leaves the packages it pulled in installed',
  );
});

test('apt-get dist-clean (apt 2.7.8+, Debian 13) deletes the package lists in the same RUN', () => {
  const update = 'RUN apt-get update && apt-get install -y --no-install-recommends curl';
  expect(total(update) - total(`${update} && apt-get dist-clean`)).toBe(30 * MB);
  expect(total(update) - total(`${update} && apt distclean`)).toBe(30 * MB);
});

test("apt-mark auto '.*' then purge --auto-remove removes every package the RUN installed", () => {
  const install =
    'apt-get update; apt-get install -y --no-install-recommends gcc libc6-dev make libssl-dev wget';
  const kept = total(
    `RUN savedAptMark="$(apt-mark showmanual)"; ${install}; rm -rf /var/lib/apt/lists/*`,
  );
  const purged = total(
    `RUN savedAptMark="$(apt-mark showmanual)"; ${install}; apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; rm -rf /var/lib/apt/lists/*`,
  );
  expect(kept).toBeGreaterThan(80 * MB);
  expect(purged).toBe(0);
});

test('without apt-mark auto, purge --auto-remove of no named package frees nothing', () => {
  expect(
    total(
      'RUN apt-get update && apt-get install -y gcc && apt-get purge -y --auto-remove && rm -rf /var/lib/apt/lists/*',
    ),
  ).toBeGreaterThan(80 * MB);
});
