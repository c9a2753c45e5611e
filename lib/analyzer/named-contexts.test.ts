import { expect, test } from 'vitest';
import { contextImage, contextLookupName, namedContextSource } from './named-contexts';

test('a name is looked up in its familiar form with :latest trimmed, as dockerui NamedContext does', () => {
  expect(contextLookupName('alpine')).toBe('alpine');
  expect(contextLookupName('docker.io/library/alpine:latest')).toBe('alpine');
  expect(contextLookupName('alpine:3.20')).toBe('alpine:3.20');
  expect(contextLookupName('ghcr.io/acme/tool')).toBe('ghcr.io/acme/tool');
  expect(contextLookupName('Not Valid')).toBeNull();
});

test('scratch and context are never looked up (convert.go namedContextFunc)', () => {
  const options = { buildContexts: { scratch: './x', context: './y', app: './z' } };
  expect(namedContextSource(options, 'scratch')).toBeUndefined();
  expect(namedContextSource(options, 'CONTEXT')).toBeUndefined();
  expect(namedContextSource(options, 'docker.io/library/app:latest')).toBe('./z');
});

test('only a docker-image:// source stands for an image', () => {
  expect(contextImage('docker-image://node:22-slim')).toBe('node:22-slim');
  expect(contextImage('./web')).toBeNull();
  expect(contextImage('oci-layout:///tmp/layout')).toBeNull();
});
