from celery.signals import worker_ready
from django.dispatch import receiver
from django.db.models.signals import post_save
from fastapi import APIRouter, Depends, FastAPI
from fastapi.testclient import TestClient

from .support.orders import make_order as order_of

app = FastAPI()
router = APIRouter()
registry = {}


@app.get("/health")
def health():
    return {"ok": True}


@router.post("/orders")
async def create_order(order: dict):
    return order


@worker_ready.connect
def on_worker_ready(sender, **kwargs):
    registry["ready"] = True


@receiver(post_save)
def on_save(sender, **kwargs):
    registry["saved"] = sender


app.include_router(router)
client = TestClient(app)


def test_health():
    assert client.get("/health").json() == {"ok": True}


def test_order_total():
    assert order_of(3)["total"] == 3


def current_user():
    return {"name": "ann"}


@app.get("/me")
def me(user: dict = Depends(current_user)):
    return user
