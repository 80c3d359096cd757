"""The event sub-type model: main SVM mixed with the news head (embedding + notes-only margins)."""
from __future__ import annotations

import numpy as np
import pytest

from dateline.extract.events.training import TrainingSet, fit_notes_model, fit_with_news
from dateline.extract.events.typemodel import EMBEDDING_DIM, EventTypeModel, embed, get_type_model

# Tiny hand-written training data: notes in ACLED's telegraphic style, and news
# snippets that add a kind the notes never show (a flood).
_NOTES = {
    "Peaceful protest": ["On 0 May, residents protested in the town against water cuts.",
                         "On 0 June, students protested peacefully in the capital against fees.",
                         "On 0 July, traders protested outside the governor's office over taxes."],
    "Air/drone strike": ["On 0 May, military aircraft carried out air strikes on a village.",
                         "On 0 June, an air strike by military jets hit a market in the town.",
                         "On 0 July, drone strikes hit positions of the militia near the town."],
    "Armed clash": ["On 0 May, the army clashed with militia fighters near the town.",
                    "On 0 June, armed clashes between rebels and the army in the district.",
                    "On 0 July, militia fighters clashed with soldiers at a checkpoint."],
}
_NEWS = [
    ("Heavy rains flooded the valley, sweeping away homes and leaving families stranded.", "Natural disaster"),
    ("Floodwaters rose overnight after the river burst its banks, and rescuers used boats.", "Natural disaster"),
    ("The flood destroyed bridges and farms across the province after days of rain.", "Natural disaster"),
    ("Hundreds of teachers marched through the city centre demanding higher pay.", "Peaceful protest"),
    ("Warplanes bombed the outskirts of the town at dawn, witnesses said.", "Air/drone strike"),
    ("Soldiers and insurgents exchanged fire for hours on the edge of the town.", "Armed clash"),
]


@pytest.fixture(scope="module")
def tiny_model() -> EventTypeModel:
    notes = TrainingSet()
    for label, texts in _NOTES.items():
        for t in texts:
            notes.add(t, label)
    return fit_with_news(fit_notes_model(notes), [t for t, _ in _NEWS], [lab for _, lab in _NEWS])


def test_news_head_brings_a_class_the_notes_lack(tiny_model: EventTypeModel) -> None:
    head = tiny_model.news_head
    assert head is not None
    assert "Natural disaster" in tiny_model.labels and "Natural disaster" not in head.notes_labels
    probs = tiny_model.probabilities(["The river flooded the villages after heavy rain."])
    assert probs.shape == (1, len(tiny_model.labels))
    assert tiny_model.labels[int(probs[0].argmax())] == "Natural disaster"


def test_probabilities_are_the_weighted_mixture(tiny_model: EventTypeModel) -> None:
    head = tiny_model.news_head
    assert head is not None and 0.0 < head.weight < 1.0
    texts = ["Warplanes struck the village.", "Protesters gathered at the square.", "", "!!!"]
    probs = tiny_model.probabilities(texts)
    assert np.all(np.isfinite(probs))
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    # Without the head the main model alone speaks; the mixture must differ from it.
    main_only = EventTypeModel(tiny_model.word_vec, tiny_model.char_vec, tiny_model.coef,
                               tiny_model.intercept, tiny_model.labels, tiny_model.temperature)
    alone = main_only.probabilities(texts)
    assert not np.allclose(alone, probs)
    # Every row is at least (1 - w) of the main model's probabilities.
    assert np.all(probs >= (1.0 - head.weight) * alone - 1e-6)


def test_an_unsure_head_leaves_the_main_model_alone(tiny_model: EventTypeModel) -> None:
    head = tiny_model.news_head
    assert head is not None
    texts = ["Warplanes struck the village.", "The river flooded the villages after heavy rain."]
    main_only = EventTypeModel(tiny_model.word_vec, tiny_model.char_vec, tiny_model.coef,
                               tiny_model.intercept, tiny_model.labels, tiny_model.temperature)
    saved = head.min_confidence
    try:
        head.min_confidence = 1.01  # never sure
        assert np.allclose(tiny_model.probabilities(texts), main_only.probabilities(texts))
        head.min_confidence = 0.0  # always sure
        assert not np.allclose(tiny_model.probabilities(texts), main_only.probabilities(texts))
    finally:
        head.min_confidence = saved


def test_round_trip_keeps_the_news_head(tiny_model: EventTypeModel, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "tiny.npz"
    tiny_model.save(out)
    again = EventTypeModel.load(out)
    assert again.news_head is not None
    assert again.news_head.weight == tiny_model.news_head.weight  # type: ignore[union-attr]
    assert again.news_head.min_confidence == tiny_model.news_head.min_confidence  # type: ignore[union-attr]
    texts = ["Floods cut off the town.", "Jets bombed the market.", "Soldiers clashed with rebels."]
    # float16 storage of the SVM coefficients: close, not identical.
    assert np.allclose(again.probabilities(texts), tiny_model.probabilities(texts), atol=2e-3)


def test_embedding_of_an_empty_text_is_zero_not_nan() -> None:
    vectors = embed(["", "Shelling hit the town."])
    assert vectors.shape == (2, EMBEDDING_DIM)
    assert np.all(np.isfinite(vectors))
    assert not vectors[0].any()
    assert abs(float(np.linalg.norm(vectors[1])) - 1.0) < 1e-3


def test_shipped_model_reads_news_kinds_acled_never_codes() -> None:
    model = get_type_model()
    assert model is not None and model.news_head is not None
    texts = ["An earthquake of magnitude 6.1 struck the region overnight, destroying hundreds of homes.",
             "The foreign ministers of the two countries met in the capital to discuss trade and security.",
             "Jets struck the village, killing four people."]
    subs = [p.sub_event_type for p in model.predict(texts)]
    assert subs == ["Natural disaster", "Diplomacy", "Air/drone strike"]
