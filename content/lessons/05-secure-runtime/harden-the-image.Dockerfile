# Runs as root and bakes a token into the build history. Fix both.
FROM python:3.12 AS build
ARG PIP_INDEX_TOKEN
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /install /usr/local
COPY . .
CMD ["python", "main.py"]
