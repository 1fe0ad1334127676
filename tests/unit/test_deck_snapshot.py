"""The deck: which slides, figures equal to the evaluation, paging, and the snapshot."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal as D

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.dashboard import dashboard_figures
from kinerja_desktop.services.deck import ROWS_PER_SLIDE, DeckChoice, build_deck, format_date_id, format_stamp_id
from kinerja_desktop.services.evaluation import evaluate_quarter, mean_achievement
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from tests.fixtures import ADMIN

WITA = timezone(timedelta(hours=8))
AT = datetime(2026, 11, 27, 9, 5, tzinfo=WITA)


def kinds(deck):
    return [s.kind for s in deck.slides]


def test_full_deck_has_every_part_in_order(db):
    deck = build_deck(dashboard_figures(db, 2026, 2), DeckChoice("all"), AT)
    assert kinds(deck) == ["title", "summary", "goal", "objective", "ranking", "risk", "closing"]
    title = deck.slides[0]
    assert "RPJMD 2021-2026" in title.heading and "Kabupaten Contoh" in title.subheading
    assert "TW II Tahun 2026" in title.subheading
    assert deck.stamp == "Data per 27 November 2026 pukul 09.05"


def test_goals_only_and_one_opd(db):
    figures = dashboard_figures(db, 2026, 2)
    assert kinds(build_deck(figures, DeckChoice("goals"), AT)) == ["title", "summary", "goal", "closing"]
    opd = build_deck(figures, DeckChoice("agency", 2), AT)
    assert kinds(opd) == ["title", "summary", "indicators", "risk", "closing"]
    assert "Dinas B" in opd.slides[0].subheading
    assert [line.code for line in opd.slides[2].lines] == ["B1.1"]
    assert opd.slides[1].bands == figures.distribution("agency", 2)


def test_slide_figures_equal_the_evaluation(db):
    plan = repo.load_plan(db)
    results = {r.indicator.code: r.evaluation for r in evaluate_quarter(db, 2026, 2)}
    deck = build_deck(dashboard_figures(db, 2026, 2), DeckChoice("all"), AT)
    lines = [line for s in deck.slides if s.kind in ("goal", "objective") for line in s.lines]
    assert [line.code for line in lines] == ["T1.1", "S1.1.1"]
    for line in lines:
        ev = results[line.code]
        assert line.achievement == f"{format_id(ev.achievement, 2)}%"
        assert line.band_label == ev.rating.label and line.band_colour == ev.rating.colour
    assert lines[1].lower_is_better   # S1.1.1 is a negative indicator
    summary = deck.slides[1]
    assert sum(b.count for b in summary.bands) == 5
    ranking = next(s for s in deck.slides if s.kind == "ranking")
    mean_a, _ = mean_achievement(evaluate_quarter(db, 2026, 2, agency_id=1), plan)
    assert ranking.lines[0].code == "DINA" and ranking.lines[0].achievement == f"{format_id(mean_a, 2)}%"


def test_many_indicators_continue_on_a_second_slide(db):
    for n in range(ROWS_PER_SLIDE + 1):
        db["indicator"].insert({"code": f"T1.{n + 2}", "name": f"Indikator tujuan {n}", "unit": "persen",
                                "polarity": "positive", "aggregation": "last", "agency_id": 1,
                                "node_type": "goal", "goal_id": 1})
    deck = build_deck(dashboard_figures(db, 2026, 2), DeckChoice("goals"), AT)
    goal_slides = [s for s in deck.slides if s.kind == "goal"]
    assert [(s.page, s.pages, len(s.lines)) for s in goal_slides] == [(1, 2, ROWS_PER_SLIDE), (2, 2, 2)]
    assert goal_slides[1].lines[-1].achievement == "\u2014"   # no values: not reported, no number


def test_the_deck_is_a_snapshot(db):
    deck = build_deck(dashboard_figures(db, 2026, 2), DeckChoice("all"), AT)
    before = deck.slides
    save_quarter(db, ADMIN, 1, 2026, 2, [ValueChange(1, 2, D("10"))])
    assert deck.slides == before   # nothing in the deck reads the database again
    again = build_deck(dashboard_figures(db, 2026, 2), DeckChoice("all"), AT)
    assert again.slides != before  # while a new deck shows the saved value
    assert again.slides[2].lines[0].realisation == "10,00"


def test_dates_in_indonesian():
    assert format_date_id(datetime(2026, 11, 27)) == "27 November 2026"
    assert format_date_id(datetime(2026, 2, 1)) == "1 Februari 2026"
    assert format_stamp_id(datetime(2026, 8, 17, 14, 30)) == "Data per 17 Agustus 2026 pukul 14.30"
