"""The capitalised runs people-shown reads, and the cheap tests that skip work on them: written
as prefix trees and early returns, they must find exactly what the plain rules found."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption
from media_manager.captions.model import Span
from media_manager.captions.people import NAME_RUN, _after_organisation, find_people


@pytest.mark.parametrize("text,runs", [
    ("Ursula von der Leyen speaks", ["Ursula von der Leyen"]),
    ("Ana de la Cruz and Abdel Fattah el-Sisi", ["Ana de la Cruz", "Abdel Fattah el-Sisi"]),
    ("Leonardo DiCaprio meets Jane McCartney", ["Leonardo DiCaprio", "Jane McCartney"]),
    ("Omar ash-Sharif, Ali ibn-Saud", ["Omar ash-Sharif", "Ali ibn-Saud"]),
    ("Jane dos Santos y Mia das Neves", ["Jane dos Santos y Mia das Neves"]),
    ("the der Spiegel office", ["Spiegel"]),  # "der" joins a name only after "von"/"van"
    ("Earvin “Magic” Johnson smiles", ["Earvin “Magic” Johnson"]),
])
def test_name_runs(text: str, runs: list[str]) -> None:
    assert [m.group(0) for m in NAME_RUN.finditer(text)] == runs


def test_organisation_before_a_name_and_short_runs() -> None:
    text = "Chelsea FC Jane Roe and Jane Roe"
    assert _after_organisation(text, 0, 19) == 11  # "Jane Roe" follows the club's name
    assert _after_organisation(text, 24, 32) == 24  # two words: no organisation to skip


def test_excluded_spans_outside_the_sentence_change_nothing() -> None:
    text = "Jane Roe waves in Lisbon. John Doe waits in Porto."
    inside = find_people(text, 0, 25, [Span(18, 24, "Lisbon")])
    outside = find_people(text, 0, 25, [Span(18, 24, "Lisbon"), Span(26, 34, "John Doe")])
    assert [v.value for v in inside] == [v.value for v in outside] == ["Jane Roe"]
    assert [v.value for v in find_people(text, 0, 25, [Span(0, 8, "Jane Roe")])] == []


def test_royal_title_still_found() -> None:
    text = "The Queen meets Jane Roe in London, May 3, 2022. (AP Photo/Al Bee)"
    assert parse_caption(text).get("persons_shown") == ["Queen", "Jane Roe"]


@pytest.mark.parametrize("text,people", [
    # the name is read first, then the words around the run: each rule still says no
    ("Deputy Assistant Secretary, Jane Roe, speaks in Washington, May 3, 2024. REUTERS/Jo Doe",
     ["Jane Roe"]),
    ("KIM JONG UN inspects a factory in Pyongyang, May 3, 2024. (KCNA via REUTERS)",
     ["Kim Jong Un"]),
    ("North Darfur residents queue for water, May 3, 2024. REUTERS/Jo Doe", []),
    ("The jet with Jane Roe aboard lands in Lisbon, May 3, 2024. REUTERS/Jo Doe", []),
    ("Lionel Messi de Argentina celebra en Doha, Qatar, 3 de mayo de 2024. EFE/Jo Doe",
     ["Lionel Messi"]),
])
def test_name_then_context(text: str, people: list[str]) -> None:
    assert parse_caption(text).get("persons_shown") == people
