#!/usr/bin/env bash
# Runs every test of Lueur: the Rust workspace, the independent checks of the Fluent
# files, and the tests of the generated bindings. It installs what it needs into
# target/ (a Python virtual environment), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust workspace"
cargo test --workspace --all-targets
# Doc tests are not part of --all-targets.
cargo test --workspace --doc

echo "== Python checks of the content (fluent.syntax, compare-locales)"
venv=target/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/python/requirements.txt
"$venv/bin/python" -m pytest -q tests/python
