/**
 * .NET and Windows images (dotnet/dotnet-docker's image-size baselines, uncompressed bytes as
 * `docker inspect` reports them) and application images whose size a pull request or issue
 * published. Application Dockerfiles are reduced to the shape the thread describes.
 */
import { lines, type PublishedCase } from './published';

const WINDOWS_BASELINE =
  'github.com/dotnet/dotnet-docker @ 01e08b38b5a0e9b2398f1e81fbe264e9e7eee3ed : tests/performance/ImageSize.nightly.windows.json';
const LINUX_BASELINE =
  'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json';

/** the installer stage of the nanoserver images: servercore downloads and unpacks a zip */
function windowsInstaller(zipUrl: string): string[] {
  return [
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS installer',
    'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
    'RUN Invoke-WebRequest -OutFile dotnet.zip ' +
      zipUrl +
      '; mkdir $Env:ProgramFiles\\dotnet; tar -oxzf dotnet.zip -C $Env:ProgramFiles\\dotnet; Remove-Item -Force dotnet.zip',
  ];
}

/** .NET on Windows and Linux, from Microsoft's own image-size baselines. */
export const DOTNET_IMAGES: PublishedCase[] = [
  {
    id: 'dotnet-runtime-nanoserver',
    title: 'dotnet/runtime:7.0-nanoserver-ltsc2022 (zip unpacked in a servercore stage)',
    dockerfile: lines(
      ...windowsInstaller(
        'https://dotnetcli.azureedge.net/dotnet/Runtime/7.0.0/dotnet-runtime-7.0.0-win-x64.zip',
      ),
      '',
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022',
      'ENV DOTNET_VERSION=7.0.0',
      'COPY --from=installer ["/Program Files/dotnet", "/Program Files/dotnet"]',
    ),
    uncompressedMb: 367.6,
    source: `${WINDOWS_BASELINE} ("src/runtime/7.0/nanoserver-ltsc2022/amd64": 367604122)`,
    covers: ['windows', 'dotnet', 'download', 'staging'],
  },
  {
    id: 'dotnet-sdk-nanoserver',
    title: 'dotnet/sdk:7.0-nanoserver-ltsc2022',
    dockerfile: lines(
      ...windowsInstaller(
        'https://dotnetcli.azureedge.net/dotnet/Sdk/7.0.100/dotnet-sdk-7.0.100-win-x64.zip',
      ),
      '',
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022',
      'ENV DOTNET_SDK_VERSION=7.0.100',
      'COPY --from=installer ["/Program Files/dotnet", "/Program Files/dotnet"]',
      'RUN dotnet help',
    ),
    uncompressedMb: 957.1,
    source: `${WINDOWS_BASELINE} ("src/sdk/7.0/nanoserver-ltsc2022/amd64": 957134936)`,
    covers: ['windows', 'dotnet', 'download', 'staging'],
  },
  {
    id: 'dotnet-aspnet-servercore',
    title: 'dotnet/aspnet:7.0-windowsservercore-ltsc2022 (two zips unpacked in one RUN)',
    dockerfile: lines(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
      'RUN Invoke-WebRequest -OutFile dotnet.zip https://dotnetcli.azureedge.net/dotnet/Runtime/7.0.0/dotnet-runtime-7.0.0-win-x64.zip; mkdir $Env:ProgramFiles\\dotnet; tar -oxzf dotnet.zip -C $Env:ProgramFiles\\dotnet; Remove-Item -Force dotnet.zip; Invoke-WebRequest -OutFile aspnetcore.zip https://dotnetcli.azureedge.net/dotnet/aspnetcore/Runtime/7.0.0/aspnetcore-runtime-7.0.0-win-x64.zip; tar -oxzf aspnetcore.zip -C $Env:ProgramFiles\\dotnet ./shared/Microsoft.AspNetCore.App; Remove-Item -Force aspnetcore.zip',
    ),
    uncompressedMb: 5034.1,
    source: `${WINDOWS_BASELINE} ("src/aspnet/7.0/windowsservercore-ltsc2022/amd64": 5034052450)`,
    covers: ['windows', 'dotnet', 'download'],
  },
  {
    id: 'dotnet-runtime-alpine',
    title: 'dotnet/core/runtime:3.0-alpine3.9 on runtime-deps',
    dockerfile: lines(
      'FROM mcr.microsoft.com/dotnet/core/runtime-deps:3.0-alpine3.9',
      'ENV DOTNET_VERSION=3.0.0',
      'RUN wget -O dotnet.tar.gz https://dotnetcli.blob.core.windows.net/dotnet/Runtime/$DOTNET_VERSION/dotnet-runtime-$DOTNET_VERSION-linux-musl-x64.tar.gz \\',
      '  && mkdir -p /usr/share/dotnet \\',
      '  && tar -C /usr/share/dotnet -oxzf dotnet.tar.gz \\',
      '  && ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \\',
      '  && rm dotnet.tar.gz',
    ),
    uncompressedMb: 75.1,
    source: `${LINUX_BASELINE} ("3.0/runtime/alpine3.9/amd64": 75102434)`,
    covers: ['dotnet', 'download'],
  },
  {
    id: 'dotnet-aspnet-buster',
    title: 'dotnet/core/aspnet:3.0-buster-slim on the runtime image',
    dockerfile: lines(
      'FROM mcr.microsoft.com/dotnet/core/runtime:3.0-buster-slim',
      'ENV ASPNETCORE_VERSION=3.0.0',
      'RUN curl -SL --output aspnetcore.tar.gz https://dotnetcli.blob.core.windows.net/dotnet/aspnetcore/Runtime/$ASPNETCORE_VERSION/aspnetcore-runtime-$ASPNETCORE_VERSION-linux-x64.tar.gz \\',
      '  && tar -ozxf aspnetcore.tar.gz -C /usr/share/dotnet ./shared/Microsoft.AspNetCore.App \\',
      '  && rm aspnetcore.tar.gz',
    ),
    uncompressedMb: 195.3,
    source: `${LINUX_BASELINE} ("3.0/aspnet/buster-slim/amd64": 195323549)`,
    covers: ['dotnet', 'download'],
  },
  {
    id: 'dotnet-sdk-buster',
    title: 'dotnet/core/sdk:3.0-buster on buildpack-deps:buster-scm',
    dockerfile: lines(
      'FROM buildpack-deps:buster-scm',
      'RUN apt-get update \\',
      '  && apt-get install -y --no-install-recommends libc6 libgcc1 libgssapi-krb5-2 libicu63 libssl1.1 libstdc++6 zlib1g \\',
      '  && rm -rf /var/lib/apt/lists/*',
      'ENV DOTNET_SDK_VERSION=3.0.100',
      'RUN curl -SL --output dotnet.tar.gz https://dotnetcli.blob.core.windows.net/dotnet/Sdk/$DOTNET_SDK_VERSION/dotnet-sdk-$DOTNET_SDK_VERSION-linux-x64.tar.gz \\',
      '  && mkdir -p /usr/share/dotnet \\',
      '  && tar -ozxf dotnet.tar.gz -C /usr/share/dotnet \\',
      '  && rm dotnet.tar.gz \\',
      '  && ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \\',
      '  && dotnet help',
    ),
    uncompressedMb: 697.6,
    source: `${LINUX_BASELINE} ("3.0/sdk/buster/amd64": 697608667)`,
    covers: ['dotnet', 'download', 'apt'],
  },
];

/** `dotnet publish` in the SDK, the output copied into a runtime image */
function dotnetPublish(sdk: string, runtime: string, publishFlags = ''): string {
  return lines(
    `FROM ${sdk} AS build`,
    'WORKDIR /src',
    'COPY *.csproj ./',
    'RUN dotnet restore',
    'COPY . .',
    `RUN dotnet publish -c Release -o /app/publish ${publishFlags}`.trimEnd(),
    '',
    `FROM ${runtime}`,
    'WORKDIR /app',
    'COPY --from=build /app/publish .',
    'ENTRYPOINT ["dotnet", "App.dll"]',
  );
}

/** Application images with a published before/after size. */
export const APPLICATION_IMAGES: PublishedCase[] = [
  {
    id: 'aspnet8-debian-app',
    title: 'ASP.NET Core 8 app: sdk:8.0 → aspnet:8.0',
    dockerfile: dotnetPublish(
      'mcr.microsoft.com/dotnet/sdk:8.0',
      'mcr.microsoft.com/dotnet/aspnet:8.0',
    ),
    uncompressedMb: 231,
    source: 'https://github.com/Quackster/Minerva/pull/4 (before: 231MB)',
    covers: ['dotnet', 'multi-stage'],
  },
  {
    id: 'aspnet8-alpine-app',
    title: 'ASP.NET Core 8 app: sdk:8.0-alpine → aspnet:8.0-alpine',
    dockerfile: dotnetPublish(
      'mcr.microsoft.com/dotnet/sdk:8.0-alpine',
      'mcr.microsoft.com/dotnet/aspnet:8.0-alpine',
    ),
    uncompressedMb: 132,
    source: 'https://github.com/Quackster/Minerva/pull/4 (after: 132MB)',
    covers: ['dotnet', 'multi-stage'],
  },
  {
    id: 'aspnet5-mvc-app',
    title: 'ASP.NET Core 5 MVC template, Visual Studio Dockerfile: sdk:5.0 → aspnet:5.0',
    dockerfile: dotnetPublish(
      'mcr.microsoft.com/dotnet/sdk:5.0',
      'mcr.microsoft.com/dotnet/aspnet:5.0',
    ),
    uncompressedMb: 210,
    source:
      'https://github.com/dotnet/dotnet-docker/issues/2755 ("generated by Visual Studio is 210MB")',
    covers: ['dotnet', 'multi-stage'],
  },
  {
    id: 'aspnet5-self-contained-alpine',
    title: 'the same MVC app published self-contained and trimmed onto alpine:3.13',
    dockerfile: lines(
      'FROM alpine:3.13 AS base',
      'RUN apk add --no-cache libstdc++ libintl icu-libs',
      'WORKDIR /app',
      '',
      'FROM mcr.microsoft.com/dotnet/sdk:5.0 AS build',
      'WORKDIR /src',
      'COPY ["mvcweb.csproj", "."]',
      'RUN dotnet restore "./mvcweb.csproj" -r linux-musl-x64',
      'COPY . .',
      'RUN dotnet publish "mvcweb.csproj" -c Release -o /app/publish -r linux-musl-x64 --self-contained true /p:PublishTrimmed=true /p:PublishSingleFile=true',
      '',
      'FROM base AS final',
      'COPY --from=build /app/publish .',
      'ENTRYPOINT ["./mvcweb"]',
    ),
    uncompressedMb: 88,
    source: 'https://github.com/dotnet/dotnet-docker/issues/2755 ("self-contained … only 88MB")',
    covers: ['dotnet', 'multi-stage', 'self-contained'],
  },
  {
    id: 'aspnet7-alpine-app',
    title: 'a simple C# app on aspnet:7.0-alpine',
    dockerfile: dotnetPublish(
      'mcr.microsoft.com/dotnet/sdk:7.0-alpine',
      'mcr.microsoft.com/dotnet/aspnet:7.0-alpine',
    ),
    compressedMb: 45.06,
    source:
      'https://github.com/paketo-buildpacks/dotnet-core/issues/848 ("alpine from dotnet: 45.06MB" compressed; ~100 MB uncompressed)',
    covers: ['dotnet', 'multi-stage'],
  },
  {
    id: 'java-jlink-distroless-cc',
    title: 'Java plugin: jlink runtime from a JDK stage onto distroless/cc',
    dockerfile: lines(
      'FROM eclipse-temurin:25-jdk AS build',
      'RUN jlink --add-modules java.base,java.logging,java.net.http --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /jre',
      '',
      'FROM gcr.io/distroless/cc-debian13',
      'COPY --from=build /jre /opt/java',
      'COPY plugin.jar /app/plugin.jar',
      'ENTRYPOINT ["/opt/java/bin/java", "-jar", "/app/plugin.jar"]',
    ),
    uncompressedMb: 88.6,
    compressedMb: 30.0,
    source:
      'https://github.com/bufbuild/plugins/pull/2569 (distroless cc + jlink: 30.0 MB compressed / 88.6 MB uncompressed)',
    covers: ['java', 'multi-stage', 'distroless'],
  },
  {
    id: 'python-venv-slim-app',
    title: 'Python app: venv built in one stage, copied onto python:3.11-slim-bookworm',
    dockerfile: lines(
      'FROM python:3.11-slim-bookworm AS build',
      'RUN python -m venv /opt/venv',
      'ENV PATH="/opt/venv/bin:$PATH"',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      '',
      'FROM python:3.11-slim-bookworm',
      'COPY --from=build /opt/venv /opt/venv',
      'ENV PATH="/opt/venv/bin:$PATH"',
      'WORKDIR /app',
      'COPY . .',
      'CMD ["python", "-m", "app"]',
    ),
    uncompressedMb: 296,
    compressedMb: 69.4,
    source: 'https://github.com/danieldeer/seriousdb/pull/86 (296 MB / 69.4 MB compressed)',
    covers: ['python', 'multi-stage'],
  },
];
