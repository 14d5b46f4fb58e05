"""A real (non-editable) install carries the styles, the demo coverage and the starter catalog."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy: parallel workers building in the checkout itself would share its build/ folder.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("tui", "styles", "fixtures/demo"):
        shutil.copytree(ROOT / folder, source / folder, ignore=skip)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            source,
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("greenroom-*.whl"))


def test_wheel_ships_styles_demo_and_catalog(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("tui/styles/") and n.endswith(".tcss") for n in names)
    assert sum(n.startswith("tui/demo/") and n.endswith(".rss") for n in names) >= 3
    assert "tui/analysis/data/catalog.json" in names
    assert not any(n.startswith(("tests/", "fixtures/", "bench/")) for n in names)


def test_installed_copy_runs_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import tui, tui.services as s;"
        f"assert str(tui.__file__).startswith({str(target)!r}), tui.__file__;"
        "print(len(s.demo_feed_paths()))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 3
    analyzed = subprocess.run(
        [sys.executable, "-m", "tui", "analyze", str(SEED / "article.html"), "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert analyzed.returncode == 0, analyzed.stderr
    assert '"main_show": "Jessica Jones"' in analyzed.stdout
