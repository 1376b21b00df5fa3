"""The pure packages stay pure: assess.domain, assess.bank and assess.scoring never import
Flask or SQLAlchemy (nor anything that does), so they run and test without an app."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ASSESS = Path(__file__).resolve().parents[2] / "assess"
PURE = [ASSESS / "domain.py", *sorted((ASSESS / "bank").rglob("*.py")), *sorted((ASSESS / "scoring").rglob("*.py"))]
FORBIDDEN = ("flask", "flask_", "sqlalchemy", "werkzeug", "assess.models", "assess.services",
             "assess.web", "assess.extensions", "assess.reporting", "weasyprint")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative import: resolve against the file's package
                package = path.relative_to(ASSESS.parent).with_suffix("").parts[:-node.level]
                module = ".".join((*package, module) if module else package)
            names.append(module)
    return names


@pytest.mark.parametrize("path", PURE, ids=lambda p: str(p.relative_to(ASSESS.parent)))
def test_pure_module_imports_no_framework(path: Path) -> None:
    bad = [name for name in _imports(path)
           if any(name == f or name.startswith(f if f.endswith("_") else f + ".") or
                  (f.endswith("_") and name.startswith(f)) for f in FORBIDDEN)]
    assert bad == [], f"{path.name} imports {bad}"


def test_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    """The checker itself works: a module importing flask is caught."""
    fake = ASSESS / "bank" / "_probe_for_test.py"
    fake.write_text("from flask import Flask\nfrom ..models import User\n", encoding="utf-8")
    try:
        assert _imports(fake) == ["flask", "assess.models"]
        with pytest.raises(AssertionError):
            test_pure_module_imports_no_framework(fake)
    finally:
        fake.unlink()


def test_pure_packages_import_without_flask_loaded() -> None:
    """Importing every module of the pure packages in a fresh interpreter loads no web,
    database or PDF library."""
    import subprocess
    import sys
    modules = sorted(".".join(p.relative_to(ASSESS.parent).with_suffix("").parts).removesuffix(".__init__")
                     for p in PURE if p.name != "__main__.py")
    code = (f"import sys, importlib; [importlib.import_module(m) for m in {modules!r}]; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('flask', 'flask_sqlalchemy', 'sqlalchemy', 'werkzeug', 'jinja2', 'weasyprint')); "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ASSESS.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
