# syntax=docker/dockerfile:1
# Each dependency change downloads everything again.
# Add cache mounts.
FROM rust:1.80 AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release && cp target/release/app /usr/local/bin/app

FROM debian:12-slim
COPY --from=build /usr/local/bin/app /usr/local/bin/app
USER nobody
CMD ["app"]
