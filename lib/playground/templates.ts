/** Starter Dockerfiles for the playground: one multi-stage example per ecosystem. */

export interface Template {
  id: string;
  label: string;
  text: string;
}

const go = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/app /app
USER nonroot
ENTRYPOINT ["/app"]
`;

const node = `# syntax=docker/dockerfile:1
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-alpine AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
`;

const python = `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build
WORKDIR /app
RUN python -m venv /venv
ENV PATH="/venv/bin:$PATH"
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt

FROM python:3.12-slim AS runtime
WORKDIR /app
COPY --from=build /venv /venv
ENV PATH="/venv/bin:$PATH"
COPY . .
USER nobody
CMD ["python", "-m", "app"]
`;

const java = `# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -q package -DskipTests

FROM eclipse-temurin:21-jre-alpine AS runtime
WORKDIR /app
COPY --from=build /src/target/app.jar ./app.jar
USER nobody
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
`;

const rust = `# syntax=docker/dockerfile:1
FROM rust:1.79 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \\
    --mount=type=cache,target=/src/target \\
    cargo build --release && cp target/release/app /app

FROM debian:bookworm-slim AS runtime
COPY --from=build /app /usr/local/bin/app
USER nobody
ENTRYPOINT ["/usr/local/bin/app"]
`;

const staticSite = `# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine AS runtime
COPY --from=build /site/dist /usr/share/nginx/html
EXPOSE 80
`;

/** Every starter, in menu order. The first is the playground's default. */
export const TEMPLATES: readonly Template[] = [
  { id: 'go', label: 'Go', text: go },
  { id: 'node', label: 'Node.js', text: node },
  { id: 'python', label: 'Python', text: python },
  { id: 'java', label: 'Java', text: java },
  { id: 'rust', label: 'Rust', text: rust },
  { id: 'static', label: 'Static site', text: staticSite },
];

/** The starter a fresh playground opens with. */
export const DEFAULT_TEMPLATE: Template = TEMPLATES[0]!;

/** The starter with this id, or undefined. */
export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
