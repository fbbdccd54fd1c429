"""A screenshot's OCR lines with geometry → one typed record (kind, app, counterpart, messages)."""
