"""Extension objects, bound to the app in create_app()."""
from typing import TYPE_CHECKING, Any

from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, relationship

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


db = SQLAlchemy(model_class=Base)
# Models subclass Model: Flask-SQLAlchemy's db.Model at run time, typed as the declarative
# base for the type checker (db.Model itself is untyped).
if TYPE_CHECKING:
    Model = Base
else:
    Model = db.Model


def children(back_populates: str | None, order_by: str, **options: Any) -> Any:
    """The rows a parent owns, in order, deleted with it (counters, closures, versions)."""
    return relationship(back_populates=back_populates, order_by=order_by,
                        cascade="all, delete-orphan", **options)

migrate = Migrate()
babel = Babel()
csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "staff.login"
login_manager.session_protection = "strong"
# Storage comes from RATELIMIT_STORAGE_URI (memory:// unless configured).
limiter = Limiter(key_func=get_remote_address, default_limits=[])
