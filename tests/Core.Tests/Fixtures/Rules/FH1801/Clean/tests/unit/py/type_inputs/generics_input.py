# Checked by the type checker by path ("type_inputs" in test_format.py), never imported.
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def get(self) -> T:
        raise NotImplementedError


def unwrap(box: Box[int]) -> int:
    return box.get()
