from fastapi import FastAPI

app = FastAPI(title="archon-server")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
