/** Maven and Gradle builds. */
import { part } from '../range';
import { resolvePath } from '../shell';
import type { Heuristic } from './context';

/**
 * An executable jar: Spring Boot starter-web 17.6 MB (spring-boot#34514), a bootJar 80 MB vs a
 * plain jar 1.4 MB (open-service-broker#158); image-sizes.md §3.6.
 */
const JAR: [number, number, number] = [25, 1.4, 80];
/** ~/.m2 and ~/.gradle: no figure in the reference (assumption); gradle adds its distribution. */
const M2: [number, number, number] = [150, 40, 400];
const GRADLE: [number, number, number] = [250, 80, 600];
/** jars are zip files: gzip barely shrinks them (assumption) */
export const JAR_RATIO = 1.1;

const MAVEN = /^(?:\S*\/)?mvnw?$/;
const GRADLE_BIN = /^(?:\S*\/)?gradlew?$/;

/** Sizes the jar a Maven/Gradle build makes and the dependency cache it leaves. */
export const jvmBuild: Heuristic = (cmd, ctx) => {
  const w = cmd.words;
  const prog = w[0] ?? '';
  const wd = ctx.workdir.replace(/\/$/, '');
  if (MAVEN.test(prog)) {
    const local = w.find((x) => x.startsWith('-Dmaven.repo.local='));
    const repo = local
      ? resolvePath(local.slice('-Dmaven.repo.local='.length), ctx.workdir)
      : '/root/.m2';
    const parts = [];
    if (w.some((x) => /^(?:package|install|verify|deploy)$/.test(x))) {
      parts.push(part('jvm:jar', 'mvn package jar in target/', JAR, JAR_RATIO, `${wd}/target`));
    }
    if (!ctx.seen.has('maven:repo'))
      parts.push(part('maven:repo', `Maven repository ${repo} (assumption)`, M2, JAR_RATIO, repo));
    return parts;
  }
  if (GRADLE_BIN.test(prog)) {
    const parts = [];
    if (w.some((x) => /^(?:build|assemble|bootJar|jar|shadowJar|installDist)$/.test(x))) {
      parts.push(
        part('jvm:jar', 'gradle build jar in build/libs', JAR, JAR_RATIO, `${wd}/build/libs`),
      );
    }
    if (!ctx.seen.has('gradle:cache'))
      parts.push(
        part(
          'gradle:cache',
          'Gradle cache /root/.gradle (assumption)',
          GRADLE,
          JAR_RATIO,
          '/root/.gradle',
        ),
      );
    return parts;
  }
  return null;
};
