"""CAMEO table, event lexicon and cue verbs: data files and their loaders."""
