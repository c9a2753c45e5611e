import { describe, expect, test } from 'vitest';
import { parse } from '../../parse';
import { estimateRun } from '../run';
import { newContext } from './context';

const MB = 1e6;
const runOf = (src: string) => parse(`FROM x\n${src}`).instructions[1]!;
const estimate = (src: string) => estimateRun(runOf(src), newContext());
const totalMb = (src: string) => estimate(src).parts.reduce((n, p) => n + p.bytes, 0) / MB;

describe('a download unpacked in RUN is sized by the artifact it fetches', () => {
  test.each([
    // the golang:alpine shape: URL in a variable, toolchain unpacked into a staging directory
    [
      'Go toolchain',
      'RUN url="https://dl.google.com/go/go1.27.1.linux-amd64.tar.gz"; wget -O go.tgz "$url"; mkdir -p /target/usr/local; tar -C /target/usr/local -xzf go.tgz; rm go.tgz',
      '/target/usr/local',
      160,
      260,
    ],
    [
      'Node.js',
      'RUN curl -fsSLO "https://nodejs.org/dist/v24.19.0/node-v24.19.0-linux-x64.tar.xz" && tar -xJf "node-v24.19.0-linux-x64.tar.xz" -C /usr/local --strip-components=1 && rm "node-v24.19.0-linux-x64.tar.xz"',
      '/usr/local',
      120,
      220,
    ],
    [
      'Temurin JRE',
      'RUN curl -LfsSo /tmp/openjdk.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/x/OpenJDK21U-jre_x64_alpine-linux_hotspot_21.tar.gz; mkdir -p /opt/java/openjdk; tar --extract --file /tmp/openjdk.tar.gz --directory /opt/java/openjdk --strip-components 1; rm -f /tmp/openjdk.tar.gz',
      '/opt/java/openjdk',
      140,
      200,
    ],
    [
      'Traefik binary',
      'RUN wget --quiet -O /tmp/traefik.tar.gz "https://github.com/traefik/traefik/releases/download/v3.7.13/traefik_v3.7.13_linux_amd64.tar.gz"; tar xzvf /tmp/traefik.tar.gz -C /usr/local/bin traefik; rm -f /tmp/traefik.tar.gz',
      '/usr/local/bin',
      110,
      180,
    ],
    [
      '.NET runtime',
      'RUN Invoke-WebRequest -OutFile dotnet.zip https://dotnetcli.azureedge.net/dotnet/Runtime/7.0.0/dotnet-runtime-7.0.0-win-x64.zip; tar -oxzf dotnet.zip -C $Env:ProgramFiles\\dotnet; Remove-Item -Force dotnet.zip',
      '/Program Files/dotnet',
      55,
      100,
    ],
  ])('%s', (name, src, path, lowMb, highMb) => {
    const { parts } = estimate(src);
    // the archive was deleted in the same RUN: only the unpacked files remain
    expect(parts.map((p) => p.key)).toEqual(['download:unpacked']);
    expect(parts[0]!.label).toContain(name);
    expect(parts[0]!.path).toBe(path);
    expect(parts[0]!.bytes / MB).toBeGreaterThanOrEqual(lowMb);
    expect(parts[0]!.bytes / MB).toBeLessThanOrEqual(highMb);
  });
});

test('an unknown download is a wide guess, not nothing; kept when not deleted', () => {
  const { parts } = estimate('RUN wget -O /opt/tool.bin "$TOOL_URL"');
  expect(parts).toHaveLength(1);
  expect(parts[0]!.label).toBe('wget download (size unknown)');
  expect(parts[0]!.high).toBeGreaterThanOrEqual(300 * MB);
  expect(parts[0]!.low).toBeLessThanOrEqual(0.1 * MB);
});

test('an unknown archive unpacked and its tree removed in the same RUN leaves nothing', () => {
  expect(
    totalMb(
      'RUN wget -O haproxy.tar.gz "$HAPROXY_URL"; mkdir -p /usr/src/haproxy; tar -xzf haproxy.tar.gz -C /usr/src/haproxy; rm haproxy.tar.gz; rm -rf /usr/src/haproxy',
    ),
  ).toBe(0);
});

test('rustup-init installs the minimal toolchain (hundreds of MB), the installer is deleted', () => {
  const { parts } = estimate(
    'RUN wget "https://static.rust-lang.org/rustup/archive/1.28.2/x86_64-unknown-linux-gnu/rustup-init" && chmod +x rustup-init && ./rustup-init -y --profile minimal && rm rustup-init',
  );
  const toolchain = parts.find((p) => p.key === 'download:rust-toolchain')!;
  expect(toolchain.bytes / MB).toBeGreaterThan(500);
  expect(toolchain.path).toBe('/usr/local/rustup');
});

test('a tar listing (tar -tf) writes nothing', () => {
  expect(estimate('RUN tar -tf /tmp/a.tar').parts).toEqual([]);
});
