"""Documents: loading, summarizing, and detecting their language.

Text, Markdown, PDF, Word and web pages.
"""
