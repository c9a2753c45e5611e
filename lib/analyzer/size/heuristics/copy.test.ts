import { expect, test } from 'vitest';
import { parse } from '../../parse';
import { buildStageModel } from '../../stages';
import { estimateSizes } from '../index';
import { part } from '../range';
import { newContext } from './context';
import { estimateCopy, type CopySource } from './copy';

const MB = 1e6;
const ins = (src: string) => parse(`FROM x\n${src}`).instructions[1]!;
const ctxAt = (wd: string) => ({ ...newContext(), workdir: wd });

const build: CopySource = {
  name: 'build',
  parts: {
    parent: null,
    own: [
      part('go:binary', 'go build binary', [12, 5, 25], 2.8, '/out/server'),
      part('go:build-cache', 'Go build cache', [150, 30, 500], 2.8, '/root/.cache/go-build'),
      part('node:modules', 'npm ci node_modules', [120, 76, 403], 3, '/app/node_modules'),
      {
        ...part('node:build', 'npm run build output', [10, 0.5, 150], 3, '/app/dist'),
        alt: ['/app/build'],
      },
      part('jvm:jar', 'mvn package jar', [25, 1.4, 80], 1.1, '/app/target'),
    ],
  },
  total: {
    uncompressed: { bytes: 900 * MB, low: 600 * MB, high: 1500 * MB },
    compressed: { bytes: 300 * MB, low: 200 * MB, high: 500 * MB },
  },
  added: { bytes: 300 * MB, low: 100 * MB, high: 1000 * MB },
};

test('COPY --from=<stage> of an artifact path takes what that stage wrote there', () => {
  const [bin] = estimateCopy(ins('COPY --from=build /out/server /server'), ctxAt('/'), build);
  expect(bin!.bytes).toBe(12 * MB);
  expect(bin!.path).toBe('/server');
  expect(bin!.label).toContain('go build binary');
  const [jar] = estimateCopy(
    ins('COPY --from=build /app/target/*.jar app.jar'),
    ctxAt('/srv'),
    build,
  );
  expect(jar!.bytes).toBe(25 * MB);
  expect(jar!.path).toBe('/srv/app.jar');
  const [dist] = estimateCopy(
    ins('COPY --from=build /app/build /usr/share/nginx/html'),
    ctxAt('/'),
    build,
  );
  expect(dist!.bytes).toBe(10 * MB);
});

test('COPY --from=<stage> of a whole directory sums everything under it', () => {
  const [app] = estimateCopy(ins('COPY --from=build /app /app'), ctxAt('/'), build);
  expect(app!.bytes).toBe((120 + 10 + 25) * MB);
});

test('COPY --from=<stage> / copies the whole stage, base included', () => {
  const [all] = estimateCopy(ins('COPY --from=build / /'), ctxAt('/'), build);
  expect(all!.bytes).toBe(900 * MB);
  expect(all!.ratio).toBe(3);
});

test('unmatched paths fall back on their shape: file, binary, directory', () => {
  const [crt] = estimateCopy(
    ins('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/'),
    ctxAt('/'),
    build,
  );
  expect(crt!.bytes).toBeLessThan(1 * MB);
  const [bin] = estimateCopy(
    ins('COPY --from=build /usr/local/bin/tool /usr/local/bin/'),
    ctxAt('/'),
    build,
  );
  expect(bin!.label).toContain('a binary');
  const [dir] = estimateCopy(ins('COPY --from=build /opt/venv /opt/venv'), ctxAt('/'), build);
  expect(dir!.label).toContain('a directory');
  expect(dir!.high).toBeGreaterThanOrEqual(build.added.high);
});

test('a path inside a bigger write is sized by its shape, never as the whole write', () => {
  const tools: CopySource = {
    name: 'tools',
    parts: {
      parent: null,
      own: [
        part('copy:from', 'COPY --from=xx /: the whole xx filesystem', [100, 50, 200], 2.5, '/'),
        part('go:binary', 'go build binary', [3, 2, 4], 2.8, '/out'),
      ],
    },
    total: build.total,
    added: { bytes: 103 * MB, low: 52 * MB, high: 204 * MB },
  };
  const [bridge] = estimateCopy(
    ins('COPY --from=tools /opt/cni/bin/bridge /bin/'),
    ctxAt('/'),
    tools,
  );
  // a binary of unknown size is not "5 MB": the range reaches traefik-class servers
  expect([bridge!.low, bridge!.bytes, bridge!.high]).toEqual([1 * MB, 12 * MB, 200 * MB]);
  expect(bridge!.label).toBe(
    'COPY --from=tools /opt/cni/bin/bridge: a binary (a Go/Rust service is 5–25 MB, traefik-class ones up to ~150 MB)',
  );
  // a guess bigger than the write it sits in is cut down to that write
  const [tool] = estimateCopy(ins('COPY --from=tools /out/tool /bin/'), ctxAt('/'), tools);
  expect([tool!.low, tool!.bytes, tool!.high]).toEqual([1 * MB, 3 * MB, 4 * MB]);
  expect(tool!.label).toContain('at most go build binary');
});

test('COPY from the build context: unknown, a small default range', () => {
  const [dir] = estimateCopy(ins('COPY . .'), ctxAt('/app'), null);
  // may hold a prebuilt 30–150 MB binary: the range says so
  expect([dir!.low, dir!.bytes, dir!.high]).toEqual([0.1 * MB, 5 * MB, 200 * MB]);
  expect(dir!.label).toContain('size unknown');
  const files = estimateCopy(ins('COPY package.json package-lock.json ./'), ctxAt('/app'), null);
  expect(files.map((p) => p.path)).toEqual(['/app/package.json', '/app/package-lock.json']);
  expect(files[0]!.high).toBeLessThanOrEqual(2 * MB);
  const [url] = estimateCopy(ins('ADD https://example.com/x.tgz /opt/'), ctxAt('/'), null);
  expect(url!.key).toBe('copy:remote');
  const [heredoc] = estimateCopy(ins('COPY <<EOF /etc/app.conf\nkey=value\nEOF'), ctxAt('/'), null);
  expect(heredoc!.bytes).toBe('key=value\n'.length);
});

test('a directory copied from a scratch-based or tiny stage is bounded by that stage, not by 100 MB', () => {
  const file = parse(
    'FROM scratch AS licenses\nCOPY LICENSE /licenses/LICENSE\nFROM scratch AS empty\nFROM alpine:3.24\nCOPY --from=licenses /licenses /licenses\nCOPY --from=empty /opt /opt\nCOPY --from=empty /etc /etc\n',
  );
  const estimate = estimateSizes(file, buildStageModel(file)).target;
  const copies = estimate.layers!.filter((l) => l.instruction === 'COPY');
  // the licenses stage holds one context file (≤ 2 MB); the empty stage holds nothing
  expect(copies[0]!.high).toBeLessThanOrEqual(2 * MB);
  expect(copies[1]!.high).toBe(0);
  expect(copies[2]!.high).toBe(0);
});
