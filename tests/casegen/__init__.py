"""A third screenshot generator: whole coherent cases, with their truth (see cases.py)."""
