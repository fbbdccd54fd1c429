"""evidence/ocr"""
