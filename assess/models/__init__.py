"""SQLAlchemy models, one module per aggregate. Import from here."""
from .audit import AuditEvent, AuditImmutable
from .bank import Competency, Dimension, PortraitVersion, QuestionVersion, TemplateVersion
from .forms import AssessmentForm, FormItem
from .people import Candidate, User, UserRole
from .vacancies import ScoringPolicy, Vacancy

__all__ = [
    "AssessmentForm", "AuditEvent", "AuditImmutable", "Candidate", "Competency", "Dimension", "FormItem",
    "PortraitVersion", "QuestionVersion", "ScoringPolicy", "TemplateVersion", "User", "UserRole", "Vacancy",
]
