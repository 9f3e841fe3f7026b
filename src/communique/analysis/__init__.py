"""Corpus-level analysis: dyads, issues, stance, duplicates, time series."""
