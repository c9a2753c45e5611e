/**
 * Environment variables that common official base images define (from their published image
 * configs). BuildKit knows a pulled image's real env; an analyzer in the browser does not, so a
 * check that depends on it runs only when the base image is one listed here.
 */

const JAVA = ['JAVA_HOME', 'LANG', 'LANGUAGE', 'LC_ALL', 'JAVA_VERSION'];

const IMAGE_ENV: Record<string, readonly string[]> = {
  scratch: [],
  alpine: [],
  busybox: [],
  debian: [],
  ubuntu: [],
  fedora: [],
  centos: [],
  rockylinux: [],
  almalinux: [],
  amazonlinux: [],
  archlinux: [],
  'distroless/static': [],
  python: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION'],
  pypy: ['LANG', 'PYPY_VERSION'],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  golang: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  ruby: [
    'LANG',
    'RUBY_VERSION',
    'RUBY_DOWNLOAD_SHA256',
    'GEM_HOME',
    'BUNDLE_SILENCE_ROOT_WARNING',
    'BUNDLE_APP_CONFIG',
  ],
  php: [
    'PHPIZE_DEPS',
    'PHP_INI_DIR',
    'PHP_CFLAGS',
    'PHP_CPPFLAGS',
    'PHP_LDFLAGS',
    'GPG_KEYS',
    'PHP_VERSION',
    'PHP_URL',
    'PHP_ASC_URL',
    'PHP_SHA256',
  ],
  openjdk: JAVA,
  'eclipse-temurin': JAVA,
  amazoncorretto: ['LANG', 'JAVA_HOME'],
  maven: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  postgres: ['GOSU_VERSION', 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  mysql: ['GOSU_VERSION', 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  'dotnet/sdk': [
    'APP_UID',
    'ASPNETCORE_HTTP_PORTS',
    'DOTNET_RUNNING_IN_CONTAINER',
    'DOTNET_VERSION',
    'ASPNET_VERSION',
    'DOTNET_GENERATE_ASPNET_CERTIFICATE',
    'DOTNET_NOLOGO',
    'DOTNET_SDK_VERSION',
    'DOTNET_USE_POLLING_FILE_WATCHER',
    'NUGET_XMLDOC_MODE',
    'POWERSHELL_DISTRIBUTION_CHANNEL',
  ],
  'dotnet/aspnet': [
    'APP_UID',
    'ASPNETCORE_HTTP_PORTS',
    'DOTNET_RUNNING_IN_CONTAINER',
    'DOTNET_VERSION',
    'ASPNET_VERSION',
  ],
  'dotnet/runtime': [
    'APP_UID',
    'ASPNETCORE_HTTP_PORTS',
    'DOTNET_RUNNING_IN_CONTAINER',
    'DOTNET_VERSION',
  ],
};

const ENV_BY_IMAGE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(IMAGE_ENV));

/** The repository part of an image reference, without registry prefix, tag or digest. */
function imageRepository(ref: string): string {
  let name = ref.trim().toLowerCase();
  const at = name.indexOf('@');
  if (at >= 0) name = name.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  for (const prefix of ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/']) {
    if (name.startsWith(prefix)) name = name.slice(prefix.length);
  }
  if (name.startsWith('library/')) name = name.slice('library/'.length);
  if (name.startsWith('mcr.microsoft.com/')) name = name.slice('mcr.microsoft.com/'.length);
  if (name.startsWith('gcr.io/')) name = name.slice('gcr.io/'.length);
  return name;
}

/**
 * The env names a base image defines, PATH aside (BuildKit adds a default PATH when an image has
 * none, so every image has one), or null when the image is not one we know.
 */
export function imageEnvNames(ref: string): readonly string[] | null {
  // most bases are written as the bare repository name: skip the normalising then
  let env = ENV_BY_IMAGE.get(ref);
  if (env === undefined) {
    // own keys only: an image called `constructor` or `__proto__` is not in the table
    const repo = imageRepository(ref);
    env = Object.hasOwn(IMAGE_ENV, repo) ? IMAGE_ENV[repo] : undefined;
  }
  return env ?? null;
}
