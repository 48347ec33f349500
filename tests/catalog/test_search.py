"""Full-text search on both backends: words, phrases, prefixes, fields, dates, pages, counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from media_manager.catalog import search as search_module
from media_manager.catalog.search import SearchFilters
from media_manager.catalog.search_syntax import SearchSyntaxError, parse_query
from media_manager.catalog.statistics import refresh_statistics, vacuum_search_index
from media_manager.models import Photo, PhotoSearch
from tests.photos import make_picture, make_wire_photo

PHOTOS = {
    "zurich": {
        "description": "Commuters board minibuses outside the main station in Zürich, "
                    "Switzerland, May 3, 2024. REUTERS/Anna Müller",
        "credit_line": "REUTERS/Anna Müller", "creator": ["Anna Müller"], "city": "Zürich",
        "country": "Switzerland", "keywords": ["transport"], "date_created": "2024-05-03"},
    "geneva": {
        "description": "A minibus waits at the border crossing near Geneva. "
                    "(AP Photo/Pierre Dubois)",
        "credit_line": "AP", "creator": ["Pierre Dubois"], "city": "Geneva", "country": "Switzerland",
        "keywords": ["transport", "border"], "date_created": "2024-05-20"},
    "lagos": {
        "description": "Residents wade through a flooded street in Lagos, Nigeria, after the "
                    "prime minister visited the district.",
        "credit_line": "AFP/Getty Images", "city": "Lagos", "country": "Nigeria",
        "keywords": ["flood", "weather"], "persons_shown": ["Bola Tinubu"], "date_created": "2024-06-01"},
    "paris": {
        "description": "Protesters march in Paris against the pension reform.",
        "credit_line": "EPA-EFE/Yoan Valat", "city": "Paris", "country": "France",
        "keywords": ["protest"], "persons_shown": ["Emmanuel Macron"], "date_created": "2023-12-31"},
}


@pytest.fixture
def desk(catalog, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The catalogue with the four wire photos and one bare picture; ids by name."""
    folder = tmp_path / "wire"
    for seed, (name, fields) in enumerate(PHOTOS.items(), start=1):
        make_wire_photo(folder / f"{name}.jpg", seed, **fields)
    make_picture(folder / "bare.jpg", 9)
    catalog.ingest([folder], workers=1)
    ids = {Path(p.path).stem: p.id for p in catalog.list_photos()}
    assert len(ids) == 5
    return catalog, ids


def found(desk, query: str, **options) -> set[str]:  # type: ignore[no-untyped-def]
    catalog, ids = desk
    names = {i: n for n, i in ids.items()}
    return {names[p.id] for p in catalog.search(query, limit=50, **options).photos}


QUERIES = [
    ("zurich", {"zurich"}),                      # diacritics removed
    ("Zürich", {"zurich"}),
    ("minibus", {"zurich", "geneva"}),           # minibuses is stemmed to minibus
    ("minibuses", {"zurich", "geneva"}),
    ("reuters", {"zurich"}),                     # credits are tokenised on /
    ("getty", {"lagos"}),
    ("switzerland transport", {"zurich", "geneva"}),
    ("switzerland flood", set()),
    ('"prime minister"', {"lagos"}),
    ('"minister prime"', set()),
    ("minib*", {"zurich", "geneva"}),
    ("zür*", {"zurich"}),
    ("minibuses*", {"zurich", "geneva"}),        # a whole word as a prefix: its stem's start
    ("lagos*", {"lagos"}),                       # indexed as the stem lago
    ("protesters*", {"paris"}),
    ("switzerland -geneva", {"zurich"}),
    ("-switzerland", {"lagos", "paris", "bare"}),
    ("city:geneva", {"geneva"}),
    ("city:switzerland", set()),
    ("country:switzerland", {"zurich", "geneva"}),
    ("credit:reuters", {"zurich"}),
    ('credit:"AFP/Getty"', {"lagos"}),
    ("creator:dubois", {"geneva"}),
    ("person:macron", {"paris"}),
    ("keyword:flood", {"lagos"}),
    ("-keyword:transport country:switzerland", set()),
    ("date:2024-05", {"zurich", "geneva"}),
    ("date:2024-05-10..2024-06-30", {"geneva", "lagos"}),
    ("date:..2023", {"paris"}),
    ("date:2024 transport", {"zurich", "geneva"}),
    ("", {"zurich", "geneva", "lagos", "paris", "bare"}),
]


def test_query_syntax_finds_what_the_photos_say(desk):
    wrong = {query: found(desk, query) for query, expected in QUERIES
             if found(desk, query) != expected}
    assert wrong == {}


def test_filters_are_the_same_terms_and_hide_killed_photos(desk):
    catalog, ids = desk
    assert found(desk, "", filters=SearchFilters(country="Switzerland", keyword="border")) == {
        "geneva"}
    assert found(desk, "", filters=SearchFilters(taken_from="2024-05-04", taken_to="2024-06")) \
        == {"geneva", "lagos"}
    with catalog.sessions.begin() as session:
        session.execute(update(Photo).where(Photo.id == ids["paris"]).values(status="killed"))
    assert found(desk, "paris") == set()
    assert found(desk, "paris", filters=SearchFilters(statuses=None)) == {"paris"}
    assert found(desk, "", filters=SearchFilters(statuses=("killed",))) == {"paris"}
    assert catalog.count("paris") == 0 and catalog.count("paris", include_inactive=True) == 1


def test_the_index_holds_each_photos_status_and_words_never_search_it(desk):
    catalog, ids = desk
    with catalog.sessions.begin() as session:  # any writer: the trigger on photo copies it
        session.execute(update(Photo).where(Photo.id == ids["paris"]).values(status="killed"))
        session.execute(update(Photo).where(Photo.id == ids["geneva"])
                        .values(status="superseded"))
    with catalog.sessions() as session:
        assert dict(session.execute(select(PhotoSearch.photo_id, PhotoSearch.status)).all()) \
            == {i: {"paris": "killed", "geneva": "superseded"}.get(n, "active")
                for n, i in ids.items()}
    assert found(desk, "switzerland") == {"zurich"}
    assert found(desk, "date:2024-05") == {"zurich"}
    assert found(desk, "switzerland", filters=SearchFilters(statuses=("superseded",))) == {
        "geneva"}
    assert found(desk, "switzerland -minibus",
                 filters=SearchFilters(statuses=("active", "superseded"))) == set()
    assert found(desk, "-switzerland", filters=SearchFilters(statuses=("killed",))) == {"paris"}
    assert found(desk, "", filters=SearchFilters(statuses=("active", "killed"))) == {
        "zurich", "lagos", "paris", "bare"}
    for word in ("killed", "superseded", "active"):
        assert found(desk, word, filters=SearchFilters(statuses=None)) == set(), word
    with catalog.sessions.begin() as session:
        session.execute(update(Photo).where(Photo.id == ids["paris"]).values(status="active"))
    assert found(desk, "paris") == {"paris"}


def test_prefix_filters_match_the_start_of_a_field_word(desk):
    def filtered(**wanted: str) -> set[str]:
        return found(desk, "", filters=SearchFilters(prefix=True, **wanted))

    assert filtered(credit="reut") == {"zurich"}
    assert filtered(city="lagos") == {"lagos"}
    assert filtered(city="zur") == {"zurich"}
    assert filtered(creator="anna mül") == {"zurich"}
    assert filtered(country="switz", keyword="bord") == {"geneva"}
    assert filtered(city="agos") == set()  # the start of a word, not any part of it
    assert found(desk, "", filters=SearchFilters(city="zur")) == set()  # whole words


def test_every_edit_keeps_the_index_in_step(desk):
    catalog, ids = desk
    catalog.edit(ids["geneva"], {"city": "Lausanne", "persons_shown": ["Élisabeth Baume"]})
    assert found(desk, "lausanne") == {"geneva"}
    assert found(desk, "city:geneva") == set()
    assert found(desk, "person:elisabeth") == {"geneva"}
    with catalog.sessions.begin() as session:
        session.execute(delete(Photo).where(Photo.id == ids["zurich"]))
    assert found(desk, "minibus") == {"geneva"}
    assert catalog.search("minibus").count == 1


def test_keyset_pages_walk_every_photo_once_in_order(desk):
    catalog, ids = desk
    orders = {
        "taken": ["lagos", "geneva", "zurich", "paris", "bare"],
        "taken_oldest": ["bare", "paris", "zurich", "geneva", "lagos"],
        "id": sorted(ids, key=ids.get),
        "id_desc": sorted(ids, key=ids.get, reverse=True),
        "received": sorted(ids, key=ids.get, reverse=True),  # ingested in one batch: by id
    }
    for sort, expected in orders.items():
        seen, after = [], None
        while True:
            page = catalog.search("", limit=2, after=after, sort=sort)
            seen += [p.id for p in page.photos]
            assert page.count == 5 and page.sort == sort
            if page.next_after is None:
                break
            after = page.next_after
        assert seen == [ids[name] for name in expected], sort


def test_relevance_pages_and_the_count_cap(desk):
    catalog, ids = desk
    page = catalog.search("switzerland", limit=1)
    assert (page.count, page.capped, page.sort, page.count_text) == (2, False, "relevance", "2")
    second = catalog.search("switzerland", limit=1, after=page.next_after)
    assert {page.photos[0].id, second.photos[0].id} == {ids["zurich"], ids["geneva"]}
    assert second.next_after is None
    with catalog.sessions() as session:
        capped = search_module.search(session, "switzerland", cap=1)
    assert (capped.count, capped.capped, capped.count_text) == (1, True, "1+")
    assert capped.sort == "id_desc"  # too many to rank: newest first
    assert capped.ids == sorted([ids["geneva"], ids["zurich"]], reverse=True)


SYNTAX_ERRORS = [
    ('"prime minister', "search: the quote at character 1 is never closed"),
    ("colour:red", ("search: unknown field 'colour' in 'colour:red' (known: city, country, "
                   "creator, credit, date, keyword, person, source)")),
    ("date:2024-13", ("search: '2024-13' in 'date:2024-13' is not a date "
                     "(YYYY, YYYY-MM or YYYY-MM-DD)")),
    ("flood -", "search: '-' at character 7 needs a word after it"),
    ("mini*bus", "search: '*' may only end a word, as in minib*: mini*bus"),
]


@pytest.mark.parametrize(("query", "message"), SYNTAX_ERRORS)
def test_syntax_errors_are_one_line(query, message):
    with pytest.raises(SearchSyntaxError) as raised:
        parse_query(query)
    assert str(raised.value) == message


def test_statistics_are_refreshed_for_the_planner(desk):
    catalog, _ = desk
    with catalog.engine.begin() as connection:
        refresh_statistics(connection)
        if connection.dialect.name == "sqlite":
            rows = connection.scalar(text(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = 'photo_search' AND idx IS NULL "
                "OR tbl = 'photo_search' AND idx = 'ix_photo_search_taken'"))
            assert rows.split()[0] == "5"
        else:
            rows = connection.scalar(text(
                "SELECT reltuples FROM pg_class WHERE relname = 'photo_search' "
                "AND relnamespace = current_schema()::regnamespace"))
            assert rows == 5


def test_the_index_table_is_vacuumed_after_a_large_ingest(desk):
    catalog, _ = desk
    vacuum_search_index(catalog.engine)  # SQLite: nothing to do
    if catalog.engine.dialect.name == "postgresql":
        # (whether pages become all-visible depends on other sessions' open snapshots)
        with catalog.engine.connect() as connection:
            vacuums = connection.scalar(text(
                "SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'photo_search' "
                "AND schemaname = current_schema()"))
        assert vacuums == 1


def test_a_document_s_columns_are_their_fields_words_as_the_index_holds_them():
    """One stemmer call for every column gives each column what index_words gives it alone."""
    from media_manager.catalog.search_index import document, index_words

    fields = {"headline": "Minibuses idle in Zürich", "description": "Protesters gather.",
              "credit_line": "REUTERS/Jane Doe", "creator": ["Jane Doe", "Ola Nordmann"],
              "city": "Zürich", "country": "", "keywords": ["buses", "strikes"],
              "date_created": "2025-05-01T08:00:00+00:00", "source": "!!!"}
    assert document(fields) == {
        "words": index_words("Minibuses idle in Zürich Protesters gather."),
        "credit": "reuter jane doe", "source": "", "creator": "jane doe ola nordmann",
        "city": "zurich", "country": "", "keyword": "buse strike", "person": "",
        "taken": "2025-05-01T08:00:00"}
    assert document({})["words"] == "" and document({}, "2024:03:02 10:11:12")["taken"] == \
        "2024-03-02T10:11:12"
