"""Conversations: the context policy, the running summary, and the service that runs a chat turn."""
