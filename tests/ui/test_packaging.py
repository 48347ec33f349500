"""The UI is part of the installed package: a wheel built from the checkout, installed
apart from it, serves the desk and builds the demo catalogue."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.ui.serving import free_port, wait_until_healthy

CHECKOUT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project installed from a wheel into a folder of its own (no checkout on the path)."""
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-q", "-w", str(out), str(CHECKOUT)],
                           check=False, capture_output=True, text=True, cwd=out)
    if built.returncode:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip().splitlines()[-1:]}")
    [wheel] = out.glob("*.whl")
    target = out / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    return target


def run_installed(target: Path, *args: str, **options):  # type: ignore[no-untyped-def]
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONSAFEPATH="1")
    return subprocess.Popen([sys.executable, "-m", "media_manager.cli", *args], env=env,
                            cwd=target.parent, **options)


def test_the_wheel_carries_the_app_and_its_pages(installed):
    names = set()
    for wheel in installed.parent.glob("*.whl"):
        names |= set(zipfile.ZipFile(wheel).namelist())
    for page in ("app.py", "desk.py", "literal.py", "sheet.css", "pages/browse.py",
                 "pages/photo.py", "pages/bulk.py", "pages/upload.py"):
        assert f"media_manager/ui/{page}" in names


def test_installed_copy_builds_the_demo_and_serves_it_on_localhost(installed, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    # The demo generates the sample photos into the data folder when there is no checkout
    # (about 20 s of CPU); the test lends it the checkout's copy instead.
    (data / "sample_media").symlink_to(CHECKOUT / "sample_media")
    probe = subprocess.run(
        [sys.executable, "-c", "import media_manager.cli.demo as d; print(d.app_path())"],
        env=dict(os.environ, PYTHONPATH=str(installed), PYTHONSAFEPATH="1"),
        cwd=installed.parent, capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == str(installed / "media_manager" / "ui" / "app.py")
    port = free_port()
    log = (tmp_path / "demo.log").open("w")
    process = run_installed(installed, "--data-dir", str(data), "demo", "--port", str(port),
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process, seconds=120)
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert answer.status == 200
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
        log.close()
    printed = (tmp_path / "demo.log").read_text()
    assert "sample_media: 21 added" in printed
    assert f"the desk is at {url}/" in printed
    assert "Email" not in printed
