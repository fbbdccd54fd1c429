"""Blind set 30: four 华北/东北 borrowers' cases drawn with Pillow (report only)."""
