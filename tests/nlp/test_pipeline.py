import pytest

from communique.nlp.pipeline import COMPONENTS, MODEL_VERSION, load_pipeline

pytestmark = pytest.mark.model


def test_the_pinned_model_version_is_the_one_loaded():
    assert load_pipeline().meta["version"] == MODEL_VERSION


def test_our_components_run_in_order_after_the_statistical_ones():
    names = load_pipeline().pipe_names
    assert names.index("communique_segmenter") < names.index("parser")
    assert names[-len(COMPONENTS):] == list(COMPONENTS)


def test_the_pipeline_is_built_once_per_process():
    assert load_pipeline() is load_pipeline()
