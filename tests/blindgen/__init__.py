"""A blind set of whole cases, drawn without reading the app's screen parser (see cases.py)."""
