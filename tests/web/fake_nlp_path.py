"""Importing this puts tests/ on sys.path, where the shared NLP stand-in (fake_nlp) lives."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
