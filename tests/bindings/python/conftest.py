"""Puts the generated Python bindings (target/bindings/python, made by
bindings/generate.sh) on the import path; they are never committed."""

import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
BINDINGS = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "bindings" / "python"

if not (BINDINGS / "lueur_bindings" / "lueur.py").exists():
    raise pytest.UsageError(f"no generated bindings in {BINDINGS}: run bindings/generate.sh first")
sys.path.insert(0, str(BINDINGS))
