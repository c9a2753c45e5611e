import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { newContext } from './context';
import { jvmBuild } from './jvm-build';

test('mvn package: a jar in target/ and the ~/.m2 repository', () => {
  const ctx = { ...newContext(), workdir: '/build' };
  const parts = jvmBuild(splitCommands('mvn -B -DskipTests clean package')[0]!, ctx)!;
  expect(parts.map((p) => [p.key, p.path])).toEqual([
    ['jvm:jar', '/build/target'],
    ['maven:repo', '/root/.m2'],
  ]);
  expect(parts[0]!.low).toBeCloseTo(1.4e6);
  expect(parts[0]!.high).toBe(80e6);
});

test('dependency:go-offline only fills the repository; ./mvnw works', () => {
  const parts = jvmBuild(splitCommands('./mvnw dependency:go-offline')[0]!, newContext())!;
  expect(parts.map((p) => p.key)).toEqual(['maven:repo']);
});

test('gradle bootJar: build/libs and the gradle cache', () => {
  const ctx = { ...newContext(), workdir: '/home/gradle/src' };
  const parts = jvmBuild(splitCommands('./gradlew bootJar --no-daemon')[0]!, ctx)!;
  expect(parts[0]!.path).toBe('/home/gradle/src/build/libs');
  expect(parts[1]!.key).toBe('gradle:cache');
  expect(jvmBuild(splitCommands('java -jar app.jar')[0]!, ctx)).toBeNull();
});
