"""Extraction over a whole corpus: many files, in parallel or on a Dask cluster, resumable."""

from __future__ import annotations

from timeline.corpus.runner import CorpusResult, run_corpus

__all__ = ["CorpusResult", "run_corpus"]
