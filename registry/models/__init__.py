"""SQLAlchemy 2.0 typed models, one module per aggregate."""
from registry.models.account import AuditEntry, Role, User
from registry.models.agency import Agency, Counter, OfficeHours
from registry.models.feedback import (
    CommentStatus,
    ExperienceReport,
    PaidTo,
    ReportQuota,
    ServiceUserCount,
    SkmFollowUp,
    SkmImportBatch,
    SkmResponse,
    SkmSource,
)
from registry.models.logo import Logo
from registry.models.poster import Poster
from registry.models.region import Channel, Closure, HolidayOverride, Region
from registry.models.service import Service, service_counters
from registry.models.standard import (
    CompletionUnit,
    FeeKind,
    FeeLine,
    LegalBasis,
    ProcedureStep,
    Requirement,
    StandardVersion,
    VersionAuthor,
    VersionStatus,
)

__all__ = [
    "Agency", "AuditEntry", "Channel", "Closure", "CompletionUnit", "Counter", "FeeKind", "FeeLine",
    "HolidayOverride", "LegalBasis", "Logo", "OfficeHours", "Poster", "ProcedureStep",
    "Region", "Requirement", "Service", "Role", "StandardVersion", "User", "VersionAuthor",
    "VersionStatus", "service_counters",
    "CommentStatus", "ExperienceReport", "PaidTo", "ReportQuota", "ServiceUserCount",
    "SkmFollowUp", "SkmImportBatch", "SkmResponse", "SkmSource",
]
