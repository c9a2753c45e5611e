/**
 * The calibration set: Dockerfiles we wrote, each with the uncompressed range the image-size
 * reference facts predict for the built image (docs/size-calibration.md tabulates the outcome).
 * Ranges are derived from the facts, never from the estimator; `source` says how.
 */

/** One calibration Dockerfile and the range its image should land in. */
export interface CalibrationCase {
  id: string;
  title: string;
  dockerfile: string;
  /** expected uncompressed size of the target image, MB */
  expectedMb: [number, number];
  source: string;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const GO_BUILD = [
  'FROM golang:1.23 AS build',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server',
];

export const CALIBRATION_CASES: CalibrationCase[] = [
  {
    id: 'go-scratch',
    title: 'Go → scratch',
    dockerfile: lines(
      ...GO_BUILD,
      '',
      'FROM scratch',
      'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/',
      'COPY --from=build /out/server /server',
      'USER 65534',
      'ENTRYPOINT ["/server"]',
    ),
    expectedMb: [4, 30],
    source: 'scratch = 0 (§2); Go service binary 5–25 MB (§3.1); one CA bundle < 1 MB',
  },
  {
    id: 'go-distroless',
    title: 'Go → distroless static',
    dockerfile: lines(
      'FROM golang:1.23-alpine AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      'COPY . .',
      'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\',
      '    CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/api ./cmd/api',
      '',
      'FROM gcr.io/distroless/static-debian12:nonroot',
      'COPY --from=build /out/api /api',
      'ENTRYPOINT ["/api"]',
    ),
    expectedMb: [5, 30],
    source:
      'distroless static ≈ 2 MiB (README), 2.45 MB (Chainguard) (§2); binary 5–25 MB, -s -w −30% (§3.1)',
  },
  {
    id: 'go-single',
    title: 'Go, single stage on golang',
    dockerfile: lines(...GO_BUILD, 'EXPOSE 8080', 'CMD ["/out/server"]'),
    expectedMb: [630, 2500],
    source:
      'golang:latest 312.3 MB compressed × 2–4.5 (§0) = 625–1405 MB, + binary; GOCACHE/GOMODCACHE have no reference figure (up to +1 GB allowed)',
  },
  {
    id: 'node-nginx',
    title: 'Node (Vite SPA) → nginx:alpine',
    dockerfile: lines(
      'FROM node:22-alpine AS build',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM nginx:alpine',
      'COPY nginx.conf /etc/nginx/conf.d/default.conf',
      'COPY --from=build /app/dist /usr/share/nginx/html',
    ),
    expectedMb: [55, 110],
    source:
      'nginx:alpine 26.3 MB compressed × 2.2–3 (§0, alpine to node-app ratios) = 58–79 MB; a Vite dist/ ships no node_modules (§3.4), 0.1–30 MB',
  },
  {
    id: 'node-alpine',
    title: 'Node (TypeScript API) → node:22-alpine',
    dockerfile: lines(
      'FROM node:22-alpine AS build',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM node:22-alpine',
      'ENV NODE_ENV=production',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci --omit=dev && npm cache clean --force',
      'COPY --from=build /app/dist ./dist',
      'USER node',
      'CMD ["node", "dist/server.js"]',
    ),
    expectedMb: [155, 230],
    source:
      'node:24-alpine ~170.75 MB (local/24-alpine.md), ±10% for node 22; --omit=dev node_modules 2.9–11 MB for express/nest (§3.4); dist ≤ 20 MB',
  },
  {
    id: 'node-single',
    title: 'Node, single stage on node:22',
    dockerfile: lines(
      'FROM node:22',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      'CMD ["node", "dist/server.js"]',
    ),
    expectedMb: [1050, 2000],
    source:
      'node:24 408.9 MB compressed × 2.4–3.6 (§0 node apps) = 981–1472 MB; full node_modules 76–403 MB (§3.4); "a Node app built in node:14 was 1.2 GB" (§3.4)',
  },
  {
    id: 'python-venv-slim',
    title: 'Python venv → python:3.12-slim',
    dockerfile: lines(
      'FROM python:3.12-slim AS build',
      'RUN apt-get update && apt-get install -y --no-install-recommends build-essential \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'RUN python -m venv /opt/venv',
      'ENV PATH="/opt/venv/bin:$PATH"',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      '',
      'FROM python:3.12-slim',
      'COPY --from=build /opt/venv /opt/venv',
      'ENV PATH="/opt/venv/bin:$PATH"',
      'WORKDIR /app',
      'COPY . .',
      'CMD ["gunicorn", "app:app"]',
    ),
    expectedMb: [125, 300],
    source:
      'python:slim 43.4 MB compressed × 2.6–4.2 (§0) = 113–182 MB; web venv 10–40 MB (§3.5); a venv app on python:3.11-slim was 296 MB (seriousdb#86)',
  },
  {
    id: 'python-single',
    title: 'Python, single stage on python:3.12',
    dockerfile: lines(
      'FROM python:3.12',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install -r requirements.txt',
      'COPY . .',
      'CMD ["python", "app.py"]',
    ),
    expectedMb: [1000, 1700],
    source:
      'python:latest 415.0 MB compressed × 2.4–3 (§0) = 996–1245 MB; web deps 10–40 MB, up to 300 MB for data stacks (§3.5), plus the pip cache',
  },
  {
    id: 'java-maven-jre',
    title: 'Java (Maven) → eclipse-temurin:21-jre',
    dockerfile: lines(
      'FROM maven:3.9-eclipse-temurin-21 AS build',
      'WORKDIR /build',
      'COPY pom.xml .',
      'RUN mvn -B dependency:go-offline',
      'COPY src ./src',
      'RUN mvn -B -DskipTests package',
      '',
      'FROM eclipse-temurin:21-jre',
      'WORKDIR /app',
      'COPY --from=build /build/target/*.jar app.jar',
      'ENTRYPOINT ["java", "-jar", "app.jar"]',
    ),
    expectedMb: [300, 520],
    source:
      'eclipse-temurin:21-jre 121.1 MB compressed × 2.4–3.6 (§0) = 291–436 MB; Spring Boot jar 17.6–80 MB (§3.6)',
  },
  {
    id: 'java-maven-distroless',
    title: 'Java (Maven) → distroless java21',
    dockerfile: lines(
      'FROM maven:3.9-eclipse-temurin-21 AS build',
      'WORKDIR /build',
      'COPY . .',
      'RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package',
      '',
      'FROM gcr.io/distroless/java21-debian12',
      'COPY --from=build /build/target/app.jar /app.jar',
      'CMD ["/app.jar"]',
    ),
    expectedMb: [180, 330],
    source:
      'distroless java21 ~220 MB (playbook table, read as uncompressed; java25 measured 228 MB) ±25% (§2); jar 1.4–80 MB (§3.6)',
  },
  {
    id: 'java-single',
    title: 'Java, single stage on maven',
    dockerfile: lines(
      'FROM maven:3.9-eclipse-temurin-21',
      'WORKDIR /build',
      'COPY . .',
      'RUN mvn -B -DskipTests package',
      'CMD ["java", "-jar", "target/app.jar"]',
    ),
    expectedMb: [440, 1300],
    source:
      'maven:latest 175.8 MB compressed × 2.4–3.6 (§0) = 422–633 MB; jar 1.4–80 MB (§3.6); ~/.m2 has no reference figure (up to +600 MB allowed)',
  },
  {
    id: 'rust-debian-slim',
    title: 'Rust → debian:bookworm-slim',
    dockerfile: lines(
      'FROM rust:1.83 AS build',
      'WORKDIR /app',
      'COPY . .',
      'RUN cargo build --release --locked',
      '',
      'FROM debian:bookworm-slim',
      'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'COPY --from=build /app/target/release/server /usr/local/bin/server',
      'CMD ["server"]',
    ),
    expectedMb: [70, 120],
    source:
      'debian:bookworm-slim 28.2 MB compressed × 2.4–2.9 (trixie-slim measured 2.64×, §0) = 68–82 MB; web-service binary 5–20 MB (§3.2); ca-certificates a few MB',
  },
  {
    id: 'rust-single',
    title: 'Rust, single stage on rust',
    dockerfile: lines(
      'FROM rust:1.83',
      'WORKDIR /app',
      'COPY . .',
      'RUN cargo build --release',
      'CMD ["./target/release/server"]',
    ),
    expectedMb: [1450, 5000],
    source:
      'rust:latest 593.0 MB compressed × 2.4–3 (§0) = 1423–1779 MB; target/ and the registry have no reference figure (order of magnitude: up to +3 GB allowed)',
  },
  {
    id: 'alpine-del-later',
    title: 'apk add build-base, apk del in a later RUN',
    dockerfile: lines(
      'FROM alpine:3.20',
      'RUN apk add build-base',
      'WORKDIR /src',
      'COPY . .',
      'RUN make',
      'RUN apk del build-base',
    ),
    expectedMb: [200, 290],
    source:
      'alpine ~8.4 MB (local/3.24.2.md) + ≈ 232 MiB kept when apk del runs in a separate RUN (Homebrew/ci-orchestrator#467)',
  },
  {
    id: 'alpine-del-same-run',
    title: 'apk add build-base and apk del in the same RUN',
    dockerfile: lines(
      'FROM alpine:3.20',
      'WORKDIR /src',
      'COPY . .',
      'RUN apk add --no-cache build-base && make && apk del build-base',
    ),
    expectedMb: [5, 40],
    source:
      'alpine ~8.4 MB (local/3.24.2.md); add + del in one RUN nets out (Homebrew/ci-orchestrator#467: 105 vs 337 MiB); context files unknown',
  },
];
