# Every code change reinstalls all dependencies.
# Reorder the instructions.
FROM python:3.12 AS build
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /install /usr/local
COPY --from=build /app .
USER nobody
CMD ["python", "main.py"]
