"""Each linter rule: one caption that triggers it, one that does not."""

from __future__ import annotations

from media_manager.captions import lint_caption, lint_report

GOOD = "A man walks in Homs, Syria, Wednesday, Sept. 13, 2017. (AP Photo/Omar Sayed)"


def rules(text, fields=None, **kw):
    return {f.rule_id for f in lint_caption(text, fields, **kw)}


def test_clean_caption_has_no_findings():
    assert lint_caption(GOOD) == []


def test_missing_credit_date_place():
    assert {"missing-credit", "missing-date", "missing-place"} <= rules("A dog sleeps.")
    assert not {"missing-credit", "missing-date", "missing-place"} & rules(GOOD)


def test_date_without_year():
    assert "date-without-year" in rules("Soldiers in Bamako, Mali, Aug. 20. (AP Photo)")
    assert "date-without-year" not in rules(GOOD)


def test_weekday_mismatch_names_the_real_weekday():
    bad = "A man walks in Homs, Syria, Wednesday, Sept. 14, 2017. (AP Photo/Omar Sayed)"
    found = [f for f in lint_caption(bad) if f.rule_id == "weekday-mismatch"]
    assert len(found) == 1 and "Thursday" in found[0].message
    assert bad[found[0].span.start:found[0].span.end].startswith("Wednesday")
    assert "weekday-mismatch" not in rules(GOOD)


def test_date_far_from_exif():
    assert "date-far-from-exif" in rules(GOOD, date_time_original="2017:09:20 10:00:00")
    assert "date-far-from-exif" not in rules(GOOD, date_time_original="2017:09:14 01:00:00")


def test_ap_month_style():
    assert "ap-month-style" in rules(
        "A man walks in Homs, Syria, Thursday, Sept 14, 2017. (AP Photo/Omar Sayed)")
    assert "ap-month-style" in rules(
        "A man walks in Homs, Syria, on September 14, 2017. (AP Photo/Omar Sayed)")
    assert "ap-month-style" not in rules(GOOD)
    assert "ap-month-style" not in rules(
        "A man walks in Kyiv, Ukraine October 24, 2024. REUTERS/Ola Kos")


def test_iim_limits_count_utf8_bytes():
    long_caption = "É" * 1001 + " in Homs, Syria, Sept. 13, 2017. (AP Photo/Omar Sayed)"
    assert len(long_caption) < 2000 < len(long_caption.encode("utf-8"))
    found = [f for f in lint_caption(long_caption) if f.rule_id == "iim-too-long"]
    assert found and "description" in found[0].message and "bytes" in found[0].message
    over = lint_caption(GOOD, {"city": "Ñ" * 17})  # 34 bytes, 17 characters
    assert any(f.rule_id == "iim-too-long" and f.field == "city" and "34 bytes" in f.message
               for f in over)
    assert "iim-too-long" not in rules(GOOD, {"city": "Homs"})


def test_credit_mismatch_with_byline_and_source():
    assert "credit-mismatch" in rules(GOOD, {"creator": ["Jane Doe"]})
    assert "credit-mismatch" in rules(GOOD, {"source": "Reuters"})
    assert "credit-mismatch" not in rules(GOOD, {"creator": ["Omar Sayed"], "source": "AP"})


def test_field_mismatch_with_embedded_values():
    found = lint_caption(GOOD, {"city": "Aleppo", "date_created": "2017-09-13"})
    assert [f.field for f in found if f.rule_id == "field-mismatch"] == ["city"]


def test_mojibake():
    assert "mojibake" in rules(GOOD.replace("walks", "walksâ€™"))
    assert "mojibake" in rules(GOOD, {"city": "SÃ£o Paulo"})
    assert "mojibake" not in rules(GOOD, {"city": "São Paulo"})


def test_lint_report_is_json_ready():
    report = lint_report("A dog sleeps.")
    assert {"rule_id", "message", "span", "field"} == set(report[0])


KENYA = ("Commuters board a matatu at a bus stop in Nairobi, Kenya, Thursday, Oct. 24, 2024. "
         "(AP Photo/Wanjiru Kamau)")
CHICAGO = ("Freight cars wait at a rail yard in Chicago, Illinois, on March 3, 2024. "
           "REUTERS/Dana Kowalczyk")
LAGOS = ("Traders sell fabric at a market in Lagos Island, Nigeria, on May 2, 2024. "
         "(Photo by Ade Okonjo / AFP)")


def mismatched(text, fields, sources=None):
    return [f for f in lint_caption(text, fields, sources=sources) if f.rule_id == "field-mismatch"]


def test_country_code_alpha3_is_the_same_country():
    assert mismatched(KENYA, {"country_code": "KEN", "country": "Kenya"}) == []
    assert mismatched(KENYA, {"country_code": "ke"}) == []
    [finding] = mismatched(KENYA, {"country_code": "TZA"})
    assert finding.message == "country_code: caption says 'KE', embedded field says 'TZA'"


def test_country_name_and_its_short_form_agree():
    assert mismatched(CHICAGO, {"country": "USA", "country_code": "USA"}) == []
    assert mismatched(CHICAGO, {"country": "United States of America"}) == []
    assert [f.field for f in mismatched(CHICAGO, {"country": "Canada"})] == ["country"]


def test_state_postal_code_is_the_same_state():
    assert mismatched(CHICAGO, {"province_state": "IL"}) == []
    assert mismatched(CHICAGO, {"province_state": "Ill."}) == []
    [finding] = mismatched(CHICAGO, {"province_state": "IN"})
    assert finding.message == "province_state: caption says 'Illinois', embedded field says 'IN'"


def test_a_place_inside_a_larger_place_name_agrees():
    assert mismatched(LAGOS, {"city": "Lagos"}) == []
    assert [f.field for f in mismatched(LAGOS, {"city": "Abuja"})] == ["city"]
    # whole words only: "Lago" is not inside "Lagos Island"
    assert [f.field for f in mismatched(LAGOS, {"city": "Lago"})] == ["city"]


def test_a_finding_names_a_manual_value_as_the_desks():
    [finding] = mismatched(KENYA, {"city": "Mombasa"}, {"city": "manual"})
    assert finding.message == "city: caption says 'Nairobi', manual value says 'Mombasa'"
    [finding] = mismatched(KENYA, {"city": "Mombasa"}, {"city": "imported"})
    assert finding.message == "city: caption says 'Nairobi', imported value says 'Mombasa'"
    [finding] = mismatched(KENYA, {"city": "Mombasa"})
    assert finding.message == "city: caption says 'Nairobi', embedded field says 'Mombasa'"


def test_credit_mismatch_names_a_manual_byline():
    found = [f for f in lint_caption(GOOD, {"creator": ["Jane Doe"]}, sources={"creator": "manual"})
             if f.rule_id == "credit-mismatch"]
    assert [f.message for f in found] == [
        "credit names ['Omar Sayed'], By-line (manual value) says ['jane doe']"]
