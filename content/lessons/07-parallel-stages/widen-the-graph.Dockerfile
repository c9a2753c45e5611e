# One long chain: every stage waits for the one before it. Make test, docs and build start from
# deps, then make the final stage need all three so a plain build runs them side by side.
FROM rust:1.80 AS deps
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo fetch

FROM deps AS test
COPY . .
RUN cargo test --release

FROM test AS docs
RUN cargo doc --no-deps

FROM docs AS build
RUN cargo build --release

FROM debian:12-slim
COPY --from=build /src/target/release/app /usr/local/bin/app
USER nobody
CMD ["app"]
