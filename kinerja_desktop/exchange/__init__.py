"""Excel exchange: packages, master-data workbooks, the evaluation report. No Qt here.

Every workbook that comes from outside passes `safe_zip.check_archive` before any parser
touches it; everything written to a sheet goes through `cells` (no spreadsheet injection).
"""
