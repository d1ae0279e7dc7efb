from fastapi import FastAPI

app = FastAPI(title="planner-api")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
