"""Model files, and which model to load.

GGUF reading, model info and memory fit, the catalog, installed models, downloads and the
starter model.
"""
