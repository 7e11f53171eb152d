"""The encrypted conversation history.

The store, its database and key, export and import, and the summary cache.
"""
