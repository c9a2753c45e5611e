# Two mistakes hide in this file: find them with the problems list.
# expect: unknown-stage-reference@13, copy-stage-root@14
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
WORKDIR /app
# Copy the compiled server into the runtime image.
COPY --from=buld /out/server ./server
COPY --from=build / /
ENTRYPOINT ["/app/server"]
