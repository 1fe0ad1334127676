"""The demo generator: the demo database of Kabupaten Soppeng (build), its plan structure and
indicator names (structure, names, catalog) and its values (values). See docs/demo.md."""
from kinerja_desktop.services.demo.build import build_demo_database, missing_program_files  # noqa: F401
