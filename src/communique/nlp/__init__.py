"""spaCy pipeline assembly and communique's components (one module per component)."""
from communique.nlp.pipeline import analyse, load_pipeline

__all__ = ["analyse", "load_pipeline"]
