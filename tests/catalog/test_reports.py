"""The reports, checked against counts this test makes from the fixture's own lists."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from media_manager.catalog.report_config import AgencyRate, HouseStyle, ReportConfig
from media_manager.catalog.report_model import ALL_DATES, DateRange
from media_manager.catalog.report_request import BadReport, ReportRequest
from media_manager.catalog.usage import UseRequest
from tests.catalog.desk_fixture import PHOTOS, PUBLICATIONS, fill

CONFIG = ReportConfig(publications=PUBLICATIONS)


def counted(by: str, dates: DateRange = ALL_DATES) -> dict[object, tuple[int, int, int]]:
    """(received, published, photos published) per value of ``by``, from the fixture lists."""
    received: Counter[object] = Counter()
    published: Counter[object] = Counter()
    photos: dict[object, set[str]] = {}
    for photo in PHOTOS:
        values = photo.fields.get(by)
        keys = (values if isinstance(values, list) else [values]) if values else [None]
        if by == "period":
            keys = [f"{photo.received:%Y-%m}"]
        in_range = (not dates.start or photo.received.date() >= dates.start) and \
            (not dates.end or photo.received.date() <= dates.end)
        for key in keys:
            received[key] += in_range
            for _story, _pub, day, _page, _url in photo.uses:
                if by == "period":
                    key = f"{day:%Y-%m}"
                if (not dates.start or day >= dates.start) and (not dates.end or day <= dates.end):
                    published[key] += 1
                    photos.setdefault(key, set()).add(photo.key)
    keys = set(received) | set(published)
    return {k: (received[k], published[k], len(photos.get(k, ()))) for k in keys
            if received[k] or published[k]}


def as_dict(report) -> dict[object, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    return {row[0]: tuple(row[1:]) for row in report.rows}


@pytest.mark.parametrize("by", ["source", "credit_line", "creator"])
def test_credits_by_field_match_the_fixture(catalog, by):
    fill(catalog)
    report = catalog.report(ReportRequest("credits", by=by))
    assert report.column_names == [by, "received", "published", "photos_published"]
    assert as_dict(report) == counted(by)
    published = [row[2] for row in report.rows]
    assert published == sorted(published, reverse=True)


def test_credits_by_month_within_a_range(catalog):
    fill(catalog)
    dates = DateRange(date(2026, 11, 16), date(2026, 12, 2))
    report = catalog.report(ReportRequest("credits", by="period", period="month", dates=dates))
    assert report.column_names[0] == "period"
    assert as_dict(report) == counted("period", dates)
    assert [row[0] for row in report.rows] == ["2026-11", "2026-12"]


def test_credits_by_week_start_on_monday(catalog):
    fill(catalog)
    report = catalog.report(ReportRequest("credits", by="period", period="week"))
    weeks = {date.fromisoformat(row[0]) for row in report.rows}
    assert all(week.weekday() == 0 for week in weeks)
    total_uses = sum(len(p.uses) for p in PHOTOS)
    assert sum(row[2] for row in report.rows) == total_uses
    assert sum(row[1] for row in report.rows) == len(PHOTOS)


def test_story_block_groups_photos_with_the_same_credit(catalog):
    ids = fill(catalog)
    report = catalog.report(ReportRequest("story", story="flood-lagos"))
    assert report.text == "Photos: AP Photo/Jane Doe; Ministry of Defence via AP"
    assert report.rows[0][:4] == (
        "AP Photo/Jane Doe", 2, f"{ids['ap-lagos-1']}, {ids['ap-lagos-2']}", "A1, A10")


def test_story_block_in_a_house_style_from_configuration(catalog):
    ids = fill(catalog)
    catalog.record_use(UseRequest(photo=str(ids["reuters-summit"]), story="flood-lagos",
                                  publication="Daily Planet", used_on=date(2026, 11, 4), page="A9"))
    style = HouseStyle(many="Pictures — {credits}", separator=" | ",
                       agencies={"AP": "{creator}/AP", "Reuters": "{creator} (Reuters)"})
    config = ReportConfig(house_style=style)
    report = catalog.report(ReportRequest("story", story="flood-lagos"), config)
    assert report.text == ("Pictures — Jane Doe/AP | Ministry of Defence via AP | "
                           "Олег Петров (Reuters)")


def test_story_photo_without_credit_line_is_noted(catalog):
    ids = fill(catalog)
    report = catalog.report(ReportRequest("story", story="summit"))
    assert report.text == "Photos: REUTERS/Олег Петров; Ünal Özdemir"
    assert report.notes == [f"photo {ids['no-credit']} has no credit line; printed: Ünal Özdemir"]


def restricted(report, photo_id: int, publication: str):  # type: ignore[no-untyped-def]
    [row] = [r for r in report.records() if r["photo_id"] == photo_id
             and r["publication"] == publication]
    return row


def test_restrictions_embargo_broken_and_territory_out(catalog):
    ids = fill(catalog)
    report = catalog.report(ReportRequest("restrictions"), CONFIG)
    early = restricted(report, ids["reuters-summit"], "Pester Lloyd")
    assert early["verdict"] == "broken"
    assert early["restrictions"] == "embargo; HUNGARY OUT"
    assert early["embargo_until"] == "2026-11-20 10:00"
    assert early["reasons"] == ("used 2026-11-19 before the embargo lifted (2026-11-20 10:00 UTC)"
                                "; published in Hungary: HUNGARY OUT")
    later = restricted(report, ids["reuters-summit"], "Daily Planet")
    assert later["verdict"] == "honoured"
    uncredited = restricted(report, ids["no-credit"], "Daily Planet")
    assert (uncredited["verdict"], uncredited["reasons"]) == (
        "broken", "mandatory credit, but no credit printed")
    editorial = restricted(report, ids["epa-athens"], "Daily Planet")
    assert editorial["restrictions"] == "no sales; no archive; editorial use only"
    assert editorial["verdict"] == "honoured"
    restricted_uses = sum(len(p.uses) for p in PHOTOS if p.fields.get("instructions"))
    assert len(report.rows) == restricted_uses


def test_restrictions_without_configured_country_ask_for_a_check(catalog):
    ids = fill(catalog)
    report = catalog.report(ReportRequest("restrictions"))
    later = restricted(report, ids["reuters-summit"], "Daily Planet")
    assert (later["verdict"], later["reasons"]) == ("check", "publication's country not configured")


def test_problems_name_each_photo_and_kind(catalog):
    ids = fill(catalog)
    report = catalog.report(ReportRequest("problems"))
    found = {(r["photo_id"], r["problem"]) for r in report.records()}
    assert found == {
        (ids["no-credit"], "no credit"),
        (ids["zeta"], "unknown agency"),
        (ids["killed-afp"], "killed but published"),
        (ids["mismatch"], "credit disagrees with source"),
        (ids["mismatch"], "credit disagrees with by-line"),
    }
    killed = next(r for r in report.records() if r["problem"] == "killed but published")
    assert (killed["status"], killed["uses"], killed["detail"]) == (
        "killed", 1, "kill: wrong person identified")


def test_problem_counts_are_counted_in_sql(catalog):
    fill(catalog)
    report = catalog.report(ReportRequest("problems"))
    assert dict(report.chart.data) == {"credit disagrees with by-line": 1,
                                       "credit disagrees with source": 1,
                                       "killed but published": 1, "no credit": 1,
                                       "unknown agency": 2}


@pytest.mark.parametrize(("bylines", "disagrees"), [
    (["Mark Smith", "Lukas Brunner"], False),   # the second by-line is the credit's
    (["Mark Smith", "lukas brunner "], False),  # matched as the desk types it
    (["Mark Smith", "Anna Berg"], True),        # none of them is
])
def test_by_line_check_reads_every_by_line(catalog, bylines, disagrees):
    ids = fill(catalog)
    with catalog.sessions.begin() as session:
        from media_manager.models import FieldValue
        session.add_all(FieldValue(photo_id=ids["mismatch"], name="creator", position=i,
                                   value=name, source="manual")
                        for i, name in enumerate(bylines) if i > 0)
    report = catalog.report(ReportRequest("problems"))
    found = {(r["photo_id"], r["problem"]) for r in report.records()}
    assert ((ids["mismatch"], "credit disagrees with by-line") in found) is disagrees
    assert (ids["mismatch"], "credit disagrees with source") in found


def test_superseded_photo_used_in_range_only(catalog):
    ids = fill(catalog)
    with catalog.sessions.begin() as session:
        from media_manager.models import Photo
        session.get(Photo, ids["ap-lagos-2"]).status = "superseded"
    inside = catalog.report(ReportRequest("problems", dates=DateRange(date(2026, 11, 1),
                                                                      date(2026, 11, 30))))
    assert (ids["ap-lagos-2"], "superseded but published") in {
        (r["photo_id"], r["problem"]) for r in inside.records()}
    after = catalog.report(ReportRequest("problems", dates=DateRange(date(2026, 12, 1), None)))
    assert "superseded but published" not in {r["problem"] for r in after.records()}


def test_cost_per_use_and_flat_monthly(catalog):
    fill(catalog)
    config = ReportConfig(rates={"AP": AgencyRate("AP", per_use=45.0),
                                 "Reuters": AgencyRate("Reuters", monthly=1200.0)})
    report = catalog.report(ReportRequest("cost", period="month"), config)
    rows = {(r["period"], r["agency"]): r for r in report.records()}
    ap_uses = Counter(f"{day:%Y-%m}" for p in PHOTOS if p.fields.get("source") == "AP"
                      for _s, _p, day, _pg, _u in p.uses)
    for month, uses in ap_uses.items():
        assert rows[(month, "AP")]["uses"] == uses
        assert rows[(month, "AP")]["cost"] == 45.0 * uses
    assert rows[("2026-11", "Reuters")]["cost"] == 1200.0
    assert rows[("2026-12", "Reuters")]["cost"] == 1200.0  # no Reuters use, the fee is due
    assert rows[("2026-11", "AFP")]["cost"] is None
    assert report.notes == ["no rate configured for: (none), AFP, EPA"]


def test_unknown_report_and_options_are_refused(catalog):
    with pytest.raises(BadReport):
        catalog.report(ReportRequest("credits", by="city"))
    with pytest.raises(BadReport):
        catalog.report(ReportRequest("story", story=" "))


def test_story_without_uses_says_so(catalog):
    fill(catalog)
    report = catalog.report(ReportRequest("story", story="no-such-story"))
    assert (report.rows, report.text, report.notes) == (
        [], "", ["no uses recorded for story 'no-such-story'"])
