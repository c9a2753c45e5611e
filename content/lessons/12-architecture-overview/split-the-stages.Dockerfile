# One stage does everything, so the image carries the toolchain.
FROM golang:1.22
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go test ./... \
 && CGO_ENABLED=0 go build -o /usr/local/bin/service ./cmd/service
ENTRYPOINT ["/usr/local/bin/service"]
