"""Actor knowledge base: data files written by the team, their loader, importers."""
