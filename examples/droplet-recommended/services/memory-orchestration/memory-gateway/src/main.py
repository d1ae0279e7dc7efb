from fastapi import FastAPI

app = FastAPI(title="memory-gateway")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
