"""SQLAlchemy models, one module per aggregate. Import from here."""
from .audit import AuditEvent, AuditImmutable
from .bank import Competency, Dimension, PortraitVersion, QuestionVersion, TemplateVersion
from .people import Candidate, User, UserRole
from .vacancies import ScoringPolicy, Vacancy

__all__ = [
    "AuditEvent", "AuditImmutable", "Candidate", "Competency", "Dimension", "PortraitVersion",
    "QuestionVersion", "ScoringPolicy", "TemplateVersion", "User", "UserRole", "Vacancy",
]
