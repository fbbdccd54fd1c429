"""The command groups of `python cli.py …` (cli.py is the parser and the entry point)."""
