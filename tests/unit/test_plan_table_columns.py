"""Which column is which whatever the header says, and agency names or abbreviations matched
to OPDs (sure, close with a score for a person, or none)."""
from __future__ import annotations

import pytest

from kinerja_desktop.domain.entities import Agency
from kinerja_desktop.exchange.plan_columns import numbering_row, propose_mapping, propose_role
from kinerja_desktop.services.agency_match import AgencyMatcher

HEADERS = {
    "KODEFIKASI": "code", "Kode": "code", "No. Kode": "code", "Kode Indikator": "code",
    "Perangkat Daerah Penanggung Jawab": "agency", "OPD": "agency", "PD Pengampu": "agency",
    "OPD Penanggung Jawab": "agency", "SKPD Pelaksana": "agency",
    "Indikator Kinerja Utama": "indicator", "Tujuan/Sasaran/Indikator": "indicator", "Satuan": "unit",
    "Kondisi Awal": "baseline", "Kondisi Kinerja Awal (2020)": "baseline", "Baseline 2020": "baseline",
    "2022": "target:2022", "Target 2023": "target:2023", "Target Kinerja Tahun 2024": "target:2024",
    "Kondisi Akhir": "end_target", "Target Akhir RPJMD": "end_target",
    "Kondisi Kinerja pada Akhir Periode RPJMD 2026": "end_target",
    "No": "ignore", "Realisasi 2022": "ignore", "Capaian 2023 (%)": "ignore", "Keterangan": "ignore",
}


@pytest.mark.parametrize("header,role", HEADERS.items())
def test_header_words_give_the_role(header, role):
    assert propose_role(header) == role


def test_the_first_column_of_a_kind_wins_and_the_numbering_row_is_known():
    assert propose_mapping(["Kode", "Kode lama", "Indikator"]) == {0: "code", 1: "ignore", 2: "indicator"}
    assert numbering_row(["(1)", "(2)", "(3)", "", "(5)"]) and not numbering_row(["1", "Indeks", "3"])


AGENCIES = [Agency(1, "D-102", "Dinas Kesehatan"), Agency(2, "D-101", "Dinas Pendidikan"),
            Agency(3, "D-103", "Dinas Pekerjaan Umum dan Penataan Ruang"), Agency(4, "D-106", "Dinas Koperasi"),
            Agency(5, "BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah")]


@pytest.mark.parametrize("text,code", [
    ("Dinas Kesehatan", "D-102"), ("DINAS KESEHATAN", "D-102"), ("Dinkes Kab. Soppeng", "D-102"), ("DINKES", "D-102"),
    ("Dinas Kesehatan Kabupaten Soppeng", "D-102"), ("d-102", "D-102"), ("Disdik", "D-101"),
    ("DPUPR", "D-103"), ("Dinas PUPR", "D-103"), ("BPKAD Kab. Soppeng", "BPKAD"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
])
def test_names_and_abbreviations_are_sure_matches(text, code):
    match = AgencyMatcher(AGENCIES, "Kabupaten Soppeng").match(text)
    assert (match.code, match.status) == (code, "sure")


def test_a_close_name_is_only_proposed_and_an_unknown_one_has_no_candidate():
    matcher = AgencyMatcher(AGENCIES, "Kabupaten Soppeng")
    close = matcher.match("Dinas Kesehata")
    assert close.code is None and close.status == "close"
    assert close.candidates[0][:2] == ("D-102", "Dinas Kesehatan") and 0.6 <= close.candidates[0][2] < 1
    assert matcher.match("Dinas Pariwisata").code is None
    assert matcher.match("Kepolisian Resor").status == "none"
    confirmed = AgencyMatcher(AGENCIES, "Kabupaten Soppeng", {"Dinas Kesehata": "D-102"}).match("dinas  kesehata")
    assert (confirmed.code, confirmed.confirmed) == ("D-102", True)
