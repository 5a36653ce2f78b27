"""Registration windows (SPMB, annual permits): open, upcoming, ended, yearly, exact dates."""
import datetime as dt

import pytest

from registry.models import Service
from registry.services.registration import WindowStanding, window_on
from registry.services.rules import registration_window_problems

D = dt.date


def service(opens, closes, yearly=False):
    return Service(slug="s", name="S", registration_opens=opens, registration_closes=closes,
                   registration_yearly=yearly)


def test_no_window_without_dates():
    assert window_on(service(None, None), D(2026, 6, 1)) is None


@pytest.mark.parametrize(("day", "standing"), [
    (D(2026, 6, 7), WindowStanding.UPCOMING), (D(2026, 6, 8), WindowStanding.OPEN),
    (D(2026, 6, 19), WindowStanding.OPEN), (D(2026, 6, 20), WindowStanding.ENDED),
])
def test_a_one_off_window_is_inclusive_at_both_ends(day, standing):
    window = window_on(service(D(2026, 6, 8), D(2026, 6, 19)), day)
    assert (window.opens, window.closes, window.standing) == (D(2026, 6, 8), D(2026, 6, 19),
                                                              standing)


def test_a_yearly_window_after_this_years_names_next_years_dates():
    window = window_on(service(D(2026, 6, 8), D(2026, 6, 19), yearly=True), D(2026, 12, 1))
    assert (window.opens, window.closes, window.standing) == (
        D(2027, 6, 8), D(2027, 6, 19), WindowStanding.UPCOMING)


def test_a_yearly_window_running_over_new_year_is_open_in_january():
    window = window_on(service(D(2025, 12, 15), D(2026, 1, 10), yearly=True), D(2027, 1, 5))
    assert (window.opens, window.closes, window.standing) == (
        D(2026, 12, 15), D(2027, 1, 10), WindowStanding.OPEN)


def test_29_february_falls_back_to_28_february_in_common_years():
    window = window_on(service(D(2024, 2, 29), D(2024, 3, 10), yearly=True), D(2026, 1, 5))
    assert (window.opens, window.standing) == (D(2026, 2, 28), WindowStanding.UPCOMING)


def test_window_rules(ctx):
    assert registration_window_problems(None, None, False) == []
    assert registration_window_problems(D(2026, 6, 8), None, False) == [
        (("registration_closes",),
         "Pendaftaran ditutup wajib diisi bila tanggal lain dari masa pendaftaran diisi.")]
    assert registration_window_problems(D(2026, 6, 8), D(2026, 6, 1), False) == [
        (("registration_closes",), "Pendaftaran ditutup jatuh sebelum tanggal pembukaan.")]
    assert registration_window_problems(D(2026, 1, 1), D(2027, 1, 1), True) == [
        (("registration_closes",),
         "Masa pendaftaran yang berulang setiap tahun harus kurang dari setahun.")]
    assert registration_window_problems(D(1999, 1, 1), D(2026, 1, 2), False) == [
        (("registration_opens",), "Pendaftaran dibuka: pilih tanggal antara tahun 2000 dan 2100.")]
