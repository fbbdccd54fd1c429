"""evidence/audio"""
