# Passes a private-index token as a build argument and runs as root. The token is written into
# the history of the build stage's RUN, so it sits in the build cache, in any cache you export,
# and in an image built with --target build. Pass it as a secret mount instead, and run the
# final stage as a non-root user (python:3.12-slim has none yet: create one).
FROM python:3.12 AS build
ARG PIP_INDEX_TOKEN
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install \
      --index-url "https://ci:${PIP_INDEX_TOKEN}@pypi.example.com/simple" \
      -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /install /usr/local
COPY . .
CMD ["python", "main.py"]
