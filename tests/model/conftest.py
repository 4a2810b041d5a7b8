"""Shared fixtures for the scenario-model tests."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from waterplanner.model.document import parse_document

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLE = DATA / "two_reservoirs.wplan"


@pytest.fixture(scope="session")
def example_bytes() -> bytes:
    return EXAMPLE.read_bytes()


@pytest.fixture(scope="session")
def _example_doc(example_bytes: bytes) -> dict[str, Any]:
    return parse_document(example_bytes)


@pytest.fixture
def doc(_example_doc: dict[str, Any]) -> dict[str, Any]:
    """A fresh, mutable copy of the valid example's document."""
    return copy.deepcopy(_example_doc)


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE
