"""Evidence intake: image loading, OCR, classification, entity extraction and case facts."""
