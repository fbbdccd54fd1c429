"""drafting/backends"""
