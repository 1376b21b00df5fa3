"""Scoring policies are stored as versions that never change."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from assess.models import ScoringPolicy as StoredPolicy
from assess.scoring import ScoringPolicy
from assess.scoring.policy import DEFAULT_POLICY
from assess.services.policies import PolicyConflict, load_policy, store_policy


def test_the_default_policy_is_stored_once_and_read_back_equal(db) -> None:
    first = store_policy()
    second = store_policy()
    db.session.commit()
    assert first.id == second.id
    assert db.session.scalar(select(func.count()).select_from(StoredPolicy)) == 1
    db.session.expire_all()
    assert load_policy(first.id) == DEFAULT_POLICY


def test_a_changed_policy_needs_a_new_version(db) -> None:
    store_policy()
    with pytest.raises(PolicyConflict, match="new version"):
        store_policy(ScoringPolicy(self_discount=0.3))
    newer = store_policy(ScoringPolicy(version=2, self_discount=0.3))
    db.session.commit()
    assert load_policy(newer.id).self_discount == 0.3
