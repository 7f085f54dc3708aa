"""Packages for concurrent execution (glasspy: concurrent.futures)."""
