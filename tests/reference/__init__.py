"""Verbatim copies of code replaced in issue 14 (openpyxl report writer, list-based values,
whole-history to-date figures, year-by-year budget book), kept only so that
tests/unit/test_report_same_as_before.py can compare the new output with the old."""
