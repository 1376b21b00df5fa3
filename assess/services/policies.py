"""Scoring policies as stored versions: a vacancy scores with exactly the version it names."""
from __future__ import annotations

from sqlalchemy import select

from ..extensions import db
from ..models import ScoringPolicy as StoredPolicy
from ..scoring.policy import DEFAULT_POLICY, ScoringPolicy, policy_from_dict, policy_to_dict
from .audit import audit


class PolicyConflict(ValueError):
    """A stored policy version differs from the one offered: versions are never edited."""


def store_policy(policy: ScoringPolicy = DEFAULT_POLICY, *, actor_id: int | None = None) -> StoredPolicy:
    """The stored row of ``policy`` (id + version), adding it if new (flushed).

    Raises PolicyConflict when that id and version are stored with other parameters.
    """
    params = policy_to_dict(policy)
    row = db.session.scalar(select(StoredPolicy).where(
        StoredPolicy.name == policy.id, StoredPolicy.version == policy.version))
    if row is not None:
        if policy_from_dict(row.params) != policy:
            raise PolicyConflict(f"scoring policy {policy.id} v{policy.version} is stored with other "
                                 "parameters; give the changed policy a new version")
        return row
    row = StoredPolicy(name=policy.id, version=policy.version, params=params)
    db.session.add(row)
    db.session.flush()
    audit("policy.store", actor_id=actor_id, object_type="scoring_policy", object_id=row.id,
          name=policy.id, version=policy.version)
    return row


def load_policy(policy_id: int) -> ScoringPolicy | None:
    """The scoring policy of a stored row, as the engine takes it."""
    row = db.session.get(StoredPolicy, policy_id)
    return policy_from_dict(row.params) if row is not None else None
