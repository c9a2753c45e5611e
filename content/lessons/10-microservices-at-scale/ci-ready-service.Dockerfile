# A slow CI build: no cache mounts, dependencies after the
# source, and a heavy runtime image.
FROM node:22 AS build
WORKDIR /app
COPY . .
RUN npm ci
RUN npm run build

FROM node:22
WORKDIR /app
COPY --from=build /app .
CMD ["node", "dist/server.js"]
