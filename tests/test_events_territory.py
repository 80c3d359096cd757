"""The whole-text reading of a short text keeps a change of territory the classifier is sure of."""
from __future__ import annotations

from typing import Iterator, Sequence

import numpy as np
import pytest

from dateline.extract.events.detect import sentence_candidates
from dateline.extract.events.shorttext import whole_text_candidate
from dateline.extract.events.taxonomy import ALL_SUB_TYPES
from dateline.extract.events.typemodel import get_type_model, set_type_model
from dateline.nlp import parse

REGAINS = "Government regains territory"


class FixedModel:
    """A stand-in classifier that gives every text the same probabilities."""

    def __init__(self, sure_of: str, prob: float) -> None:
        self.labels = list(ALL_SUB_TYPES)
        rest = (1.0 - prob) / (len(self.labels) - 1)
        self.row = np.array([prob if lab == sure_of else rest for lab in self.labels], dtype=np.float32)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return np.tile(self.row, (len(texts), 1))


@pytest.fixture
def restore_model() -> Iterator[None]:
    shipped = get_type_model()
    yield
    set_type_model(shipped)


def _whole_text_type(text: str) -> str:
    sdoc = parse(text)
    cand = whole_text_candidate(sdoc, text, sentence_candidates(sdoc, text))
    assert cand is not None
    return cand.sub_event_type


# No trigger word of ours speaks of ground taken; the fighting words are a clash's.
TEXT = "Army troops and militants clashed in the northern district on Sunday, officials said."


def test_sure_classifier_keeps_territory_without_territory_words(restore_model: None) -> None:
    set_type_model(FixedModel(REGAINS, 0.8))  # type: ignore[arg-type]
    assert _whole_text_type(TEXT) == REGAINS


def test_unsure_territory_reading_yields_to_the_sentence(restore_model: None) -> None:
    set_type_model(FixedModel(REGAINS, 0.4))  # type: ignore[arg-type]
    assert _whole_text_type(TEXT) == "Armed clash"
