"""Exports: JSON Lines, CSV, Parquet, GDELT-style TSV."""
