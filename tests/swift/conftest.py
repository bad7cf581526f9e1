"""Collects check_swift.py, whose name says it checks Swift sources rather than being a
test_*.py module of Python code."""

import pytest


def pytest_collect_file(parent, file_path):
    if file_path.name == "check_swift.py":
        return pytest.Module.from_parent(parent, path=file_path)
    return None
