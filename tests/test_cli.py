"""flask commands and the demo data contract."""
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Agency, FeeKind, FeeLine, Service, StandardVersion


def test_seed_demo_loads_into_an_empty_database_once(empty_app):
    runner = empty_app.test_cli_runner()
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "kota-contoh" in result.output
    again = runner.invoke(args=["seed-demo", "--if-empty"])
    assert again.exit_code == 0 and "not loaded" in again.output
    refused = runner.invoke(args=["seed-demo"])
    assert refused.exit_code != 0


def test_demo_region_has_the_hard_cases(ctx):
    count = lambda model: db.session.scalar(select(func.count()).select_from(model))  # noqa: E731
    assert count(Service) >= 30
    assert count(Agency) >= 6
    slugs = set(db.session.scalars(select(Service.slug)))
    assert {"ktp-el", "kartu-keluarga", "kia", "akta-kelahiran", "akta-kematian",
            "akta-perkawinan", "pindah-datang", "pbg", "nib", "spmb", "pbb-p2", "bphtb",
            "surat-keterangan-sehat"} <= slugs
    kinds = set(db.session.scalars(select(FeeLine.kind)))
    assert {k.value for k in FeeKind} <= kinds
    assert db.session.scalar(select(func.count()).where(FeeLine.incidental.is_(True))) >= 1
    units = set(db.session.scalars(select(StandardVersion.completion_unit)))
    assert {"minutes", "working_days", "calendar_days"} <= units
    most_requirements = max(len(v.requirements) for v in db.session.scalars(
        select(StandardVersion)))
    assert most_requirements >= 15


def test_civil_registration_is_free_by_law_in_demo(ctx):
    from registry.services.fees import is_free
    from registry.services.schedule import region_today
    from registry.services.standards import current_version

    agency = db.session.scalar(select(Agency).where(Agency.slug == "disdukcapil"))
    for service in agency.services:
        version = current_version(service, region_today(service.region))
        assert is_free(version), service.slug
        assert all(line.regulation == "UU No. 24 Tahun 2013 Pasal 79A"
                   for line in version.fee_lines if not line.incidental)


def test_refresh_statuses_supersedes_once_a_scheduled_version_takes_effect(app, runner):
    import datetime as dt

    from registry.services import standards
    from registry.services.accounts import user_by_email
    from registry.services.catalogue import region_by_slug, service_by_slug
    from registry.services.schedule import region_today

    with app.app_context():
        region = region_by_slug("kota-contoh")
        today = region_today(region)
        ktp = service_by_slug(region, "ktp-el")
        old = standards.in_force(ktp.versions, today)
        draft = standards.new_draft_from(ktp, user_by_email("editor.dukcapil@contoh.go.id"),
                                         today)
        standards.submit(draft, user_by_email("editor.dukcapil@contoh.go.id"))
        standards.approve(draft, user_by_email("approver.dukcapil@contoh.go.id"),
                          today + dt.timedelta(days=1), today)
        assert old.status == "published"
        draft.effective_from = today  # as if the night had passed
        db.session.commit()
        old_id = old.id
    result = runner.invoke(args=["refresh-statuses"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.get(StandardVersion, old_id).status == "superseded"


def test_every_command_keeps_its_name_and_options(app):
    """The commands the README, the Makefile and the runbooks name, after the CLI's split."""
    runner = app.test_cli_runner()
    commands = {
        ("seed-demo",): ["--if-empty"], ("create-user",): ["--email", "--role", "--agency"],
        ("refresh-statuses",): [], ("import",): ["--region", "--agency", "--dry-run",
                                                 "--confirm-large-amounts"],
        ("export",): ["--region", "--agency", "--template"], ("backup",): [],
        ("restore",): ["--yes"], ("posters", "batch"): ["--agency", "--counter", "--jobs"],
        ("skm", "import"): ["--region", "--agency", "--source", "--dry-run"],
        ("translate", "update"): [], ("translate", "compile"): [],
    }
    for args, options in commands.items():
        result = runner.invoke(args=[*args, "--help"])
        assert result.exit_code == 0, (args, result.output)
        assert all(option in result.output for option in options), (args, result.output)
