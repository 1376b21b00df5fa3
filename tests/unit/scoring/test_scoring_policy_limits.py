"""Policy weights: 0 switches a source off; tiny positive weights are refused, because
float underflow (weight * discount == 0.0) would then decide whether a source counts."""
import pytest

from assess.domain import Source
from assess.scoring import ScoringPolicy
from assess.scoring.policy import MIN_POSITIVE_WEIGHT


def test_zero_switches_a_source_off():
    policy = ScoringPolicy(source_weights={Source.SELF: 0.0, Source.TEST: 1.0, Source.INTERVIEW: 1.0})
    assert policy.effective_weight(Source.SELF) == 0.0


@pytest.mark.parametrize("weight", [5e-324, 1e-300, MIN_POSITIVE_WEIGHT / 2])
def test_a_positive_weight_too_small_to_matter_is_refused(weight):
    with pytest.raises(ValueError, match="0 or at least"):
        ScoringPolicy(source_weights={Source.SELF: weight, Source.TEST: 1.0, Source.INTERVIEW: 1.0})


def test_a_policy_survives_storage_as_json():
    import json
    from assess.scoring.policy import policy_from_dict, policy_to_dict
    policy = ScoringPolicy(id="pm", version=3, self_discount=0.25,
                           source_weights={Source.SELF: 0.0, Source.TEST: 2.0, Source.INTERVIEW: 1.0})
    assert policy_from_dict(json.loads(json.dumps(policy_to_dict(policy)))) == policy
