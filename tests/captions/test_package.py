"""The captions package: every public name there, each module loaded when first used."""

from __future__ import annotations

import subprocess
import sys

from media_manager import captions


def test_every_public_name_is_there():
    for name in captions.__all__:
        assert getattr(captions, name).__name__ == name


def test_parsing_does_not_load_the_linter_or_the_story_splitter():
    script = ("import sys; from media_manager.captions import parse_caption, suggest_fields; "
              "print(' '.join(sorted(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True).stdout.split()
    assert "media_manager.captions.parse" in loaded
    assert "media_manager.captions.lint" not in loaded
    assert "media_manager.captions.story" not in loaded
