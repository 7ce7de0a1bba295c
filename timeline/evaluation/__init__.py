"""Scorers for temporal expressions and events, with the TempEval-3 matching rules."""
