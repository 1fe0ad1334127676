"""Reports and master data: the evaluation report dialog, master-data export/import, and the
column-mapping wizard for a regency's own RPJMD/IKU tables."""
